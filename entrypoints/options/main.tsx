import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { getDb } from '@/utils/store/db';
import { t, uiLang } from '@/utils/locale/i18n';

document.documentElement.lang = uiLang();
document.title = t('libPageTitle');
render(<LibraryApp db={getDb()} />, document.getElementById('app')!);
