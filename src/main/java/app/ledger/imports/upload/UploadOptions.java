package app.ledger.imports.upload;

/**
 * The reading options sent with a statement file, as text: multipart text parts, or query parameters beside
 * a raw body. {@code mapping} and {@code dialect} are JSON; any of them may be null.
 */
public record UploadOptions(String mapping, String dialect, String qifDateOrder, String profileId) {

    public static final UploadOptions NONE = new UploadOptions(null, null, null, null);

    /** The parameter or part names. */
    public static final String MAPPING = "mapping";
    public static final String DIALECT = "dialect";
    public static final String QIF_DATE_ORDER = "qifDateOrder";
    public static final String PROFILE_ID = "profileId";
    public static final String FILE_NAME = "fileName";
    public static final String FILE_PART = "file";
}
