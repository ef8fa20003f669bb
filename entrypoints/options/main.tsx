import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { getDb } from '@/utils/db';
import { t, uiLang } from '@/utils/i18n';

document.documentElement.lang = uiLang();
document.title = t('libPageTitle');
render(<LibraryApp db={getDb()} />, document.getElementById('app')!);
