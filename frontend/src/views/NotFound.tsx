import { Link } from '../components/Link';
import { PageHeading } from '../components/PageHeading';
import { t } from '../i18n';
import { useSession } from '../session';

/** An address with nothing for this user: says so, and leads back to their accounts. */
export function NotFound({ title = t('notFound.title'), text = t('notFound.text') }: { title?: string; text?: string }) {
  const { user } = useSession();
  return (
    <main id="main">
      <PageHeading title={title} />
      <p>{text}</p>
      <p><Link href={`/u/${user.username}`}>{t('notFound.home')}</Link></p>
    </main>
  );
}
