import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { uiLang } from '@/utils/locale/i18n';

document.documentElement.lang = uiLang();
render(<PopupApp />, document.getElementById('app')!);
