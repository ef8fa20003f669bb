import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { getDb } from '@/utils/store/db';
import { t, uiLang } from '@/utils/locale/i18n';
import { setGazetteerSource } from '@/utils/core/facts/gazetteer-source';
import { setLexiconSource } from '@/utils/core/lexicon/lexicons';
import { setLanguageDataSource } from '@/utils/core/language/language-data';
import { extensionLanguageFiles, readGazetteer, readLexicon } from '@/utils/store/extension-files';

// Fact extraction (imports, edits) reads the place list from the extension's files, not the bundle.
setGazetteerSource(readGazetteer);
setLexiconSource(readLexicon);
// An import analyses the texts it writes, to store the matching index with them (import-index.ts).
setLanguageDataSource(extensionLanguageFiles);

document.documentElement.lang = uiLang();
document.title = t('libPageTitle');
render(<LibraryApp db={getDb()} />, document.getElementById('app')!);
