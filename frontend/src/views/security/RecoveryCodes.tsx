import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { useFocusOnMount } from './useFocusOnMount';

/** The recovery codes, shown this once: copy them, download them, and say when they are put away. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const [copied, setCopied] = useState('');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const text = `${codes.join('\n')}\n`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t('totp.codesCopied'));
    } catch {
      setCopied(t('totp.codesNotCopied'));
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'ledger-recovery-codes.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <div class="recovery">
      <h3 ref={heading} tabIndex={-1}>{t('totp.codesTitle')}</h3>
      <p class="warning">{t('totp.codesWarning')}</p>
      <ol class="recovery-codes" aria-label={t('totp.codesList')}>
        {codes.map((code) => <li key={code}><code>{code}</code></li>)}
      </ol>
      <div class="buttons wrap">
        <button type="button" class="secondary" onClick={() => void copy()}>{t('totp.copy')}</button>
        <button type="button" class="secondary" onClick={download}>{t('totp.download')}</button>
        <button type="button" onClick={onDone}>{t('totp.saved')}</button>
      </div>
      <p class="confirm small" role="status">{copied}</p>
    </div>
  );
}
