package app.ledger.auth.totp;

import java.util.List;

/** The recovery codes, shown this once: only their hashes are kept. */
public record RecoveryCodesView(List<String> recoveryCodes) {
}
