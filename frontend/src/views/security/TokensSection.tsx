import { useRef, useState } from 'preact/hooks';
import { type CreatedToken, createToken, listTokens, type PersonalToken, revokeToken } from '../../api/tokens';
import { describedBy, Field } from '../../components/Field';
import { LoadError } from '../../components/LoadError';
import { formatDateTime } from '../../dates';
import { useSubmit } from '../../forms';
import { t } from '../../i18n';
import { useLoad } from '../../useLoad';
import {
  curlExample, EXPIRIES, type Expiry, expiresAtFor, isExpired, SCOPE_CHOICES, type ScopeChoice, scopesFor,
  scopeWords, TOKEN_NAME_MAX,
} from './accessTokens';
import { ConfirmDialog } from './ConfirmDialog';
import { useFocusOnMount } from './useFocusOnMount';

/**
 * Personal access tokens for the user's own scripts: create one (its text is shown this once), see what each may
 * do, when it expires and when it was last used, and revoke it.
 */
export function TokensSection({ onChange }: { onChange(): void }) {
  const tokens = useLoad(listTokens, []);
  const [done, setDone] = useState('');
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<PersonalToken | null>(null);
  const list = tokens.data ?? [];

  return (
    <section class="card" aria-labelledby="tokens">
      <h2 id="tokens">{t('tokens.title')}</h2>
      <p>{t('tokens.intro')}</p>
      {tokens.error !== null ? <LoadError what={t('what.tokens')} error={tokens.error} onRetry={tokens.retry} />
        : !tokens.data ? <p class="muted" role="status">{t('app.loading')}</p>
          : list.length === 0 ? <p class="muted">{t('tokens.none')}</p> : (
            <ul class="plain-list token-list" aria-label={t('tokens.list')}>
              {list.map((token) => (
                <li key={token.id} data-token={token.id}>
                  <div class="row-head">
                    <strong>{token.name}</strong>
                    <span class="badge">{scopeWords(token.scopes)}</span>
                  </div>
                  <p class="meta">
                    <span>{t('tokens.created', { time: formatDateTime(token.createdAt) })}</span>
                    <span class={isExpired(token.expiresAt) ? 'expired' : undefined}>{expiry(token.expiresAt)}</span>
                    <span>{token.lastUsedAt ? t('tokens.lastUsed', { time: formatDateTime(token.lastUsedAt) })
                      : t('tokens.neverUsed')}</span>
                  </p>
                  <button type="button" class="secondary small" aria-label={t('tokens.revokeOf', { name: token.name })}
                      onClick={() => {
                        setDone('');
                        setRevoking(token);
                      }}>{t('tokens.revoke')}</button>
                </li>
              ))}
            </ul>
          )}
      {created ? <ShownOnce created={created} onDone={() => {
        setCreated(null);
        setDone(t('tokens.createdDone', { name: created.name }));
      }} /> : (
        <CreateForm onCreated={(token) => {
          const { token: _text, ...listed } = token;
          tokens.set([{ ...listed, lastUsedAt: null }, ...list]);
          setDone('');
          setCreated(token);
          onChange();
        }} />
      )}
      <p class="confirm" role="status">{done}</p>
      {revoking && <RevokeDialog token={revoking} onClose={() => setRevoking(null)} onRevoked={() => {
        tokens.set(list.filter((other) => other.id !== revoking.id));
        setDone(t('tokens.revoked', { name: revoking.name }));
        onChange();
      }} />}
    </section>
  );
}

function expiry(expiresAt: string | null): string {
  if (expiresAt === null) {
    return t('tokens.neverExpires');
  }
  const time = formatDateTime(expiresAt);
  return isExpired(expiresAt) ? t('tokens.expired', { time }) : t('tokens.expires', { time });
}

function CreateForm({ onCreated }: { onCreated(created: CreatedToken): void }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ScopeChoice>('read');
  const [lifetime, setLifetime] = useState<Expiry>('90d');
  const { errors, message, busy, run, refuse } = useSubmit();

  function submit(event: Event) {
    event.preventDefault();
    if (refuse(name.trim() ? {} : { name: t('error.required') })) {
      return;
    }
    void run(async () => {
      onCreated(await createToken({
        name: name.trim(), scopes: scopesFor(scope), expiresAt: expiresAtFor(lifetime),
      }));
      setName('');
    });
  }

  return (
    <form onSubmit={submit} noValidate class="token-create" aria-labelledby="token-create-title">
      <h3 id="token-create-title">{t('tokens.createTitle')}</h3>
      <Field id="token-name" label={t('tokens.name')} error={errors.name} hint={t('tokens.nameHint')}>
        <input id="token-name" name="token-name" autocomplete="off" maxLength={TOKEN_NAME_MAX} value={name}
            aria-invalid={!!errors.name}
            aria-describedby={describedBy('token-name', errors.name, t('tokens.nameHint'))}
            onInput={(e) => setName(e.currentTarget.value)} />
      </Field>
      <fieldset class="choices" aria-describedby={errors.scopes ? 'token-scopes-error' : undefined}>
        <legend>{t('tokens.scope')}</legend>
        {SCOPE_CHOICES.map((choice) => (
          <label key={choice} class="check">
            <input type="radio" name="token-scope" value={choice} checked={scope === choice}
                onChange={() => setScope(choice)} />
            <span>{t(`tokens.scope.${choice}`)}</span>
          </label>
        ))}
        <p class="hint">{t(`tokens.scopeHint.${scope}`)}</p>
        {errors.scopes && <p class="field-error" id="token-scopes-error" role="alert">{errors.scopes}</p>}
      </fieldset>
      <fieldset class="choices" aria-describedby={errors.expiresAt ? 'token-expiry-error' : undefined}>
        <legend>{t('tokens.expiry')}</legend>
        {EXPIRIES.map((choice) => (
          <label key={choice} class="check">
            <input type="radio" name="token-expiry" value={choice} checked={lifetime === choice}
                onChange={() => setLifetime(choice)} />
            <span>{t(`tokens.expiry.${choice}`)}</span>
          </label>
        ))}
        {errors.expiresAt && <p class="field-error" id="token-expiry-error" role="alert">{errors.expiresAt}</p>}
      </fieldset>
      {message && <p class="form-error" role="alert">{message}</p>}
      <button type="submit" disabled={busy}>{t('tokens.create')}</button>
    </form>
  );
}

/** The new token's text, this once: a read-only field to copy from, and how a script sends it. */
function ShownOnce({ created, onDone }: { created: CreatedToken; onDone(): void }) {
  const [copied, setCopied] = useState('');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const field = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied(t('totp.codesCopied'));
    } catch {
      field.current?.select();
      setCopied(t('tokens.notCopied'));
    }
  }

  return (
    <div class="token-shown">
      <h3 ref={heading} tabIndex={-1}>{t('tokens.shownTitle', { name: created.name })}</h3>
      <p class="warning" id="token-value-hint">{t('tokens.shownOnce')}</p>
      <div class="field">
        <label for="token-value">{t('tokens.value')}</label>
        <div class="token-value">
          <input id="token-value" ref={field} readOnly value={created.token} spellcheck={false} autocomplete="off"
              aria-describedby="token-value-hint" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" class="secondary" onClick={() => void copy()}>{t('totp.copy')}</button>
        </div>
        <p class="confirm small" role="status">{copied}</p>
      </div>
      <p>{t('tokens.example')}</p>
      <pre class="token-example"><code>{curlExample(location.origin, created.token)}</code></pre>
      <button type="button" onClick={onDone}>{t('tokens.saved')}</button>
    </div>
  );
}

function RevokeDialog({ token, onClose, onRevoked }: { token: PersonalToken; onClose(): void; onRevoked(): void }) {
  return (
    <ConfirmDialog id="revoke-token" title={t('tokens.confirmTitle', { name: token.name })} text={t('tokens.confirmText')}
        action={t('tokens.revoke')} onClose={onClose} onConfirm={async () => {
          await revokeToken(token.id);
          onRevoked();
        }} />
  );
}
