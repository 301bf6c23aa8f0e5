import type { EntryType } from '../../api/ledger';

/** How each kind of entry is named on screen, in the history and in its filter. */
export const ENTRY_TYPE_LABELS: Record<EntryType, string> = {
  deposit: 'Deposit',
  withdrawal: 'Withdrawal',
  transfer_in: 'Transfer in',
  transfer_out: 'Transfer out',
};
