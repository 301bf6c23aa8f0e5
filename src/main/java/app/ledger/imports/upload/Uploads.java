package app.ledger.imports.upload;

import io.vertx.ext.web.RoutingContext;

/** Where the upload route leaves the received file for the resource that handles the request. */
public final class Uploads {

    private static final String KEY = Upload.class.getName();

    private Uploads() {
    }

    public static void attach(RoutingContext context, Upload upload) {
        context.put(KEY, upload);
    }

    /** The request's upload; the upload route receives every request of the import routes before they run. */
    public static Upload of(RoutingContext context) {
        Upload upload = context.get(KEY);
        if (upload == null) {
            throw new IllegalStateException("The upload route did not receive this request's body");
        }
        return upload;
    }
}
