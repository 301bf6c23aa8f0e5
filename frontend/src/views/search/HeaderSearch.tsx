import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { useNavigate } from '../../navigation';

/** The search box in the header: finds entries in all the user's accounts. */
export function HeaderSearch({ username }: { username: string }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  return (
    <form class="header-search" role="search" aria-label={t('search.all')} action={`/u/${username}/search`}
        onSubmit={(event) => {
          event.preventDefault();
          navigate(`/u/${username}/search${text.trim() ? `?q=${encodeURIComponent(text.trim())}` : ''}`);
        }}>
      <input type="search" name="q" value={text} aria-label={t('search.all')} placeholder={t('search.placeholder')}
          autocomplete="off" onInput={(e) => setText(e.currentTarget.value)} />
      <button type="submit" class="secondary">{t('search.submit')}</button>
    </form>
  );
}
