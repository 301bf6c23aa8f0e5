import { useState } from 'preact/hooks';
import { t } from '../../i18n';

/** The file endings of the formats the server reads; any other file can still be chosen ("All files"). */
const ACCEPT = '.csv,.txt,.tsv,.ofx,.qfx,.qif,.xml,.camt,.053,text/csv,application/x-ofx,application/xml,text/xml';

/** Choosing a statement: a file picker, or a file dropped anywhere on the zone. */
export function FileStep({ busy, onFile }: { busy: boolean; onFile(file: File): void }) {
  const [dragging, setDragging] = useState(false);

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file && !busy) {
      onFile(file);
    }
  }

  return (
    <div class={`drop-zone${dragging ? ' dragging' : ''}`} data-testid="drop-zone"
        onDragEnter={(e) => { e.preventDefault(); setDragging(true); }}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}>
      <p class="drop-title">{t('import.drop')}</p>
      <p class="muted small">{t('import.formats')}</p>
      <div class="file-picker">
        <input id="import-file" type="file" accept={ACCEPT} disabled={busy} aria-describedby="import-file-hint"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) {
                onFile(file);
              }
            }} />
        <label for="import-file" class="file-button">{t('import.choose')}</label>
      </div>
      <p class="hint" id="import-file-hint">{t('import.fileHint')}</p>
    </div>
  );
}
