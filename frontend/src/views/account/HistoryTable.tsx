import type { Entry } from '../../api/ledger';
import { formatMoney, formatTime } from '../../money';
import { ENTRY_TYPE_LABELS } from './entryTypes';

export function HistoryTable({ rows }: { rows: Entry[] }) {
  return (
    <table>
      <caption class="visually-hidden">Entries, newest first</caption>
      <thead>
        <tr><th scope="col">Time</th><th scope="col">Type</th><th scope="col">Description</th>
          <th scope="col" class="num">Amount</th><th scope="col" class="num">Balance after</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const incoming = row.type === 'deposit' || row.type === 'transfer_in';
          return (
            <tr key={row.id}>
              <td>{formatTime(row.createdAt)}</td>
              <td>{ENTRY_TYPE_LABELS[row.type]}</td>
              <td>{row.description}</td>
              <td class={`num ${incoming ? 'in' : 'out'}`}>
                {incoming ? '+' : '−'}
                {formatMoney(row.amount, row.currency)}
              </td>
              <td class="num">{formatMoney(row.balanceAfter, row.currency)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
