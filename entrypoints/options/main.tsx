import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { getDb } from '@/utils/store/db';
import { t, uiLang } from '@/utils/locale/i18n';
import { setGazetteerSource } from '@/utils/core/facts/gazetteer-source';
import { setLexiconSource } from '@/utils/core/lexicon/lexicons';
import { readGazetteer, readLexicon } from '@/utils/store/extension-files';

// Fact extraction (imports, edits) reads the place list from the extension's files, not the bundle.
setGazetteerSource(readGazetteer);
setLexiconSource(readLexicon);

document.documentElement.lang = uiLang();
document.title = t('libPageTitle');
render(<LibraryApp db={getDb()} />, document.getElementById('app')!);
