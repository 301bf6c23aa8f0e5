package app.ledger.rate.ecb;

/** A scheduled fetch of the reference rates failed: nothing was stored, the next one will try again. */
public class EcbFetchException extends RuntimeException {

    public EcbFetchException(String message) {
        super(message, null, false, false);
    }
}
