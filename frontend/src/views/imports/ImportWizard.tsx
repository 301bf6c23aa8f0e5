import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Account, getAccount } from '../../api/accounts';
import { ApiError, type UploadProgress } from '../../api/http';
import {
  changed, commitImport, type CsvDialect, type CsvMapping, type Import, type ImportProfile, type Inspection, inspectFile,
  listProfiles, type QifDateOrder, type ReadOptions, undoImport, uploadStatement,
} from '../../api/imports';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { PageHeading } from '../../components/PageHeading';
import { type MessageKey, t, tn } from '../../i18n';
import { formatMoney } from '../../money';
import { useSession } from '../../session';
import { useLimits } from '../../useLimits';
import { NotFound } from '../NotFound';
import { FileStep } from './FileStep';
import { headLength } from './mapping';
import { fileTooLarge, importFailure, ProgressBar } from './parts';
import { PastImports } from './PastImports';
import { countsLine, openingBalanceText, PreviewStep } from './PreviewStep';
import { ReadStep } from './ReadStep';
import { commitRequest, direction, initialSelection, summarize } from './selection';

type Step = 'file' | 'read' | 'preview' | 'done';
const STEPS: Step[] = ['file', 'read', 'preview', 'done'];

/** Files above this size are sent only in part for a new look at their first rows. */
const HEAD_BYTES = 1 << 20;
/** Pause after the last change of the mapping before the first rows are read again. */
const DEBOUNCE_MS = 350;

/**
 * Bringing a bank statement into an account, in four steps: choose the file; check the detected format and,
 * for CSV, how it is read; choose the rows to import; and the result, which can be undone.
 */
export function ImportWizard({ accountId }: { accountId: number }) {
  const { user } = useSession();
  const limits = useLimits();
  const [account, setAccount] = useState<Account | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ label: string; value: UploadProgress | null } | null>(null);
  const [error, setError] = useState('');
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [dialect, setDialect] = useState<CsvDialect | null>(null);
  const [mapping, setMapping] = useState<CsvMapping | null>(null);
  const [qifDateOrder, setQifDateOrder] = useState<QifDateOrder | null>(null);
  const [profiles, setProfiles] = useState<ImportProfile[]>([]);
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<Import | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [opening, setOpening] = useState(false);
  const [result, setResult] = useState<Import | null>(null);
  const [undone, setUndone] = useState<Import | null>(null);
  const [confirmUndo, setConfirmUndo] = useState(false);
  const [version, setVersion] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const readTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const readCount = useRef(0);
  const head = useRef<{ file: File; blob: Blob } | null>(null);

  function loadAccount() {
    setFailure(null);
    getAccount(accountId).then(setAccount, setFailure);
  }
  useEffect(loadAccount, [accountId]);
  useEffect(() => {
    listProfiles().then(setProfiles, () => undefined);
    return () => clearTimeout(readTimer.current);
  }, []);

  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) {
      heading.current?.focus();
    }
    moved.current = true;
  }, [step]);

  const rows = preview?.rows ?? [];
  const summary = useMemo(() => summarize(rows, selected, opening && preview?.openingBalance ? preview.openingBalance.amount : null),
    [rows, selected, opening, preview]);

  if (failure instanceof ApiError && failure.status === 404) {
    return <NotFound title={t('account.notFound.title')} text={t('account.notFound.text')} />;
  }
  const accountHref = `/u/${user.username}/accounts/${accountId}`;
  const back = <p class="back"><Link href={accountHref}>← {account ? t('import.backTo', { account: account.name }) : t('import.back')}</Link></p>;
  if (failure || !account) {
    return (
      <main id="main">
        {back}
        <PageHeading title={t('import.title')} />
        {failure ? <LoadError what={t('what.account')} error={failure} onRetry={loadAccount} /> : <p class="muted">{t('app.loading')}</p>}
      </main>
    );
  }
  const currency = account.currency;

  function restart() {
    setStep('file');
    setFile(null);
    setInspection(null);
    setPreview(null);
    setResult(null);
    setUndone(null);
    setConfirmUndo(false);
    setError('');
    head.current = null;
  }

  /** The file's first lines only, when the file is big: enough for the first rows, quick to send again. */
  async function headOf(chosen: File): Promise<Blob> {
    if (chosen.size <= HEAD_BYTES) {
      return chosen;
    }
    if (head.current?.file !== chosen) {
      const bytes = new Uint8Array(await chosen.slice(0, HEAD_BYTES + 1).arrayBuffer());
      const twoByte = (dialect?.encoding ?? '').toUpperCase().startsWith('UTF-16');
      head.current = { file: chosen, blob: chosen.slice(0, headLength(bytes, HEAD_BYTES, twoByte)) };
    }
    return head.current.blob;
  }

  async function choose(chosen: File) {
    const tooLarge = fileTooLarge(chosen.size, limits?.importMaxBytes);
    if (tooLarge) {
      setError(tooLarge);
      return;
    }
    setFile(chosen);
    setError('');
    setProgress({ label: t('import.uploading'), value: { loaded: 0, total: chosen.size } });
    try {
      const answer = await inspectFile(await headOf(chosen), chosen.name, {}, accountId,
          (value) => setProgress({ label: t('import.uploading'), value }));
      setInspection(answer);
      setDialect(answer.csv?.dialect ?? null);
      setMapping(answer.csv?.mapping ?? null);
      setQifDateOrder(null);
      setStep('read');
    } catch (e) {
      setError(importFailure(e));
    } finally {
      setProgress(null);
    }
  }

  /** A new look at the first rows with other settings, a moment after the last change; `adopt` takes the server's mapping. */
  function readAgain(options: ReadOptions, adopt: boolean) {
    if (!file) {
      return;
    }
    clearTimeout(readTimer.current);
    setReading(true);
    const asked = ++readCount.current;
    readTimer.current = setTimeout(async () => {
      try {
        const answer = await inspectFile(await headOf(file), file.name, options, accountId);
        if (asked === readCount.current) {
          setInspection(answer);
          setError('');
          if (adopt && answer.csv) {
            setMapping(answer.csv.mapping);
            setDialect(answer.csv.dialect);
          }
        }
      } catch (e) {
        if (asked === readCount.current) {
          setError(importFailure(e));
        }
      } finally {
        if (asked === readCount.current) {
          setReading(false);
        }
      }
    }, DEBOUNCE_MS);
  }

  function readOptions(): ReadOptions {
    if (inspection?.format === 'csv' && dialect && mapping) {
      return { dialect, mapping };
    }
    return qifDateOrder ? { qifDateOrder } : {};
  }

  async function upload() {
    if (!file) {
      return;
    }
    setError('');
    setProgress({ label: t('import.uploading'), value: { loaded: 0, total: file.size } });
    try {
      const answer = await uploadStatement(accountId, file, file.name, readOptions(),
          (value) => setProgress({ label: value.loaded >= value.total ? t('import.checking') : t('import.uploading'), value }));
      setPreview(answer);
      setSelected(initialSelection(answer.rows ?? []));
      setOpening(false);
      setStep('preview');
      setVersion((v) => v + 1);
    } catch (e) {
      setError(importFailure(e));
    } finally {
      setProgress(null);
    }
  }

  async function commit() {
    if (!preview) {
      return;
    }
    setError('');
    setProgress({ label: tn('import.committing', summary.chosen), value: null });
    try {
      const request = commitRequest(rows, selected, opening);
      const answer = await commitImport(preview.id, request);
      const known = { ...preview, counts: { ...preview.counts, imported: summary.chosen + (request.openingBalance ? 1 : 0) } };
      setResult(changed(known, answer, 'committed'));
      setStep('done');
      setVersion((v) => v + 1);
      getAccount(accountId).then(setAccount, () => undefined);
    } catch (e) {
      setError(importFailure(e));
    } finally {
      setProgress(null);
    }
  }

  async function discard() {
    if (preview) {
      await undoImport(preview.id).catch(() => undefined);
      setVersion((v) => v + 1);
    }
    restart();
  }

  async function undo() {
    if (!result) {
      return;
    }
    setError('');
    setProgress({ label: t('import.undoing'), value: null });
    try {
      const answer = await undoImport(result.id);
      setUndone(changed(result, answer, 'undone'));
      setConfirmUndo(false);
      setVersion((v) => v + 1);
      getAccount(accountId).then(setAccount, () => undefined);
    } catch (e) {
      setError(importFailure(e));
    } finally {
      setProgress(null);
    }
  }

  const index = STEPS.indexOf(step);
  const busy = progress !== null;
  const csvProblems = inspection?.csv?.problems.length ?? 0;
  const change = direction(summary.change);

  return (
    <main id="main" class="import-page">
      {back}
      <PageHeading title={t('import.titleFor', { account: account.name })} />
      <p class="muted import-balance">
        {t('account.balance')}: <strong data-testid="import-balance">{formatMoney(account.balance, currency)}</strong>
      </p>
      <ol class="steps" aria-label={t('import.steps')}>
        {STEPS.map((s, i) => (
          <li key={s} class={i < index ? 'done' : i === index ? 'current' : undefined} aria-current={i === index ? 'step' : undefined}>
            <span class="step-number" aria-hidden="true">{i + 1}</span>
            <span>{t(`import.step.${s}` as MessageKey)}</span>
          </li>
        ))}
      </ol>
      <section class="card import-step" aria-labelledby="import-step-title">
        <h2 id="import-step-title" ref={heading} tabIndex={-1}>{t(`import.step.${step}.title` as MessageKey)}</h2>

        {step === 'file' && <FileStep busy={busy} onFile={choose} />}

        {step === 'read' && inspection && (
          <>
            <ReadStep inspection={inspection} dialect={dialect} mapping={mapping} qifDateOrder={qifDateOrder}
                profiles={profiles} reading={reading}
                onDialect={(d) => { setDialect(d); readAgain({ dialect: d }, true); }}
                onMapping={(m) => { setMapping(m); readAgain({ dialect: dialect ?? undefined, mapping: m }, false); }}
                onProfile={(p) => {
                  const d = p.dialect ?? dialect ?? undefined;
                  setMapping(p.mapping);
                  if (d) {
                    setDialect(d);
                  }
                  readAgain({ dialect: d, mapping: p.mapping }, false);
                }}
                onProfileSaved={(p) => setProfiles((list) => [...list, p])}
                onQifDateOrder={(o) => { setQifDateOrder(o); readAgain(o ? { qifDateOrder: o } : {}, false); }} />
            <div class="buttons step-buttons">
              <button type="button" onClick={upload} disabled={busy || reading || csvProblems > 0}>{t('import.toPreview')}</button>
              <button type="button" class="secondary" onClick={restart} disabled={busy}>{t('import.otherFile')}</button>
            </div>
          </>
        )}

        {step === 'preview' && preview && (
          <>
            <p class="counts" data-testid="preview-counts">{countsLine(preview)}</p>
            {preview.notes.length > 0 && (
              <ul class="import-notes">{preview.notes.map((note) => <li key={note}>{note}</li>)}</ul>
            )}
            <div class="commit-bar">
              {preview.openingBalance && (
                <label class="check opening">
                  <input type="checkbox" checked={opening} onChange={(e) => setOpening(e.currentTarget.checked)} />
                  {openingBalanceText(preview)}
                </label>
              )}
              <p class="selection" data-testid="selection" aria-live="polite">
                {tn('import.chosen', summary.chosen)}
                {' · '}
                {/* a word joiner keeps the sign on the line of its amount */}
                {t('import.change', { change: `${change.incoming ? '+' : '\u2212'}\u2060${formatMoney(change.size, preview.currency)}` })}
              </p>
              <div class="buttons">
                <button type="button" onClick={commit} disabled={busy || (summary.chosen === 0 && !opening)}>
                  {tn('import.commit', summary.chosen)}
                </button>
                <button type="button" class="secondary" onClick={discard} disabled={busy}>{t('import.cancel')}</button>
              </div>
            </div>
          </>
        )}

        {step === 'done' && result && (
          <div class="import-result" data-testid="import-result">
            <p class="confirm">{tn('import.imported', result.counts.imported, { account: account.name })}</p>
            <p>{t('import.balanceNow', { balance: formatMoney(account.balance, currency) })}</p>
            <dl class="facts">
              <div><dt>{t('import.fact.imported')}</dt><dd>{result.counts.imported}</dd></div>
              <div><dt>{t('import.fact.duplicate')}</dt><dd>{result.counts.duplicate}</dd></div>
              <div><dt>{t('import.fact.invalid')}</dt><dd>{result.counts.invalid}</dd></div>
              <div><dt>{t('import.fact.rows')}</dt><dd>{result.counts.rows}</dd></div>
            </dl>
            {undone ? (
              <p class="confirm" role="status">{tn('import.undone', result.counts.imported, { file: result.fileName ?? '' })}</p>
            ) : confirmUndo ? (
              <div class="confirm-box" role="group" aria-label={tn('import.undoQuestionHere', result.counts.imported)}>
                <p>{tn('import.undoQuestionHere', result.counts.imported)}</p>
                <div class="buttons">
                  <button type="button" class="danger" onClick={undo} disabled={busy}>{t('import.undo')}</button>
                  <button type="button" class="secondary" onClick={() => setConfirmUndo(false)}>{t('import.keep')}</button>
                </div>
              </div>
            ) : (
              <div class="buttons step-buttons">
                <Link class="button-link" href={accountHref}>{t('import.toAccount')}</Link>
                <button type="button" class="secondary danger" onClick={() => setConfirmUndo(true)}>{t('import.undoImport')}</button>
              </div>
            )}
            <p><button type="button" class="link-button" onClick={restart}>{t('import.another')}</button></p>
          </div>
        )}

        {progress && <ProgressBar label={progress.label} progress={progress.value} />}
        {error && <p class="form-error" role="alert" data-testid="import-error">{error}</p>}
      </section>

      {step === 'preview' && preview && (
        <PreviewStep preview={preview} rows={rows} selected={selected} onSelected={setSelected} />
      )}

      <PastImports version={version} onChanged={() => getAccount(accountId).then(setAccount, () => undefined)} />
    </main>
  );
}
