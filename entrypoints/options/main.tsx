import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { getDb } from '@/utils/store/db';
import { t, uiLang } from '@/utils/locale/i18n';
import { setGazetteerSource, setPlacesSource } from '@/utils/core/facts/gazetteer-source';
import { setLexiconSource } from '@/utils/core/lexicon/lexicons';
import { setLanguageDataSource } from '@/utils/core/language/language-data';
import { extensionLanguageFiles, readFactsWords, readGazetteer, readLexicon, readBaseWords, readPlaces, readVerdicts } from '@/utils/store/extension-files';
import { setVerdictSource } from '@/utils/core/verdicts/verdict-table';
import { setFactsWordsSource } from '@/utils/core/facts/facts-words';
import { setBaseWordsSource } from '@/utils/core/matching/base-words';
import { setFactsReaderSource } from '@/utils/core/facts/facts-reader';
import { BUNDLED_FACTS_READER } from '@/utils/core/facts/bundled-facts-reader';

// Fact extraction (imports, edits) reads the place list and its word lists from the extension's files, not the bundle.
setGazetteerSource(readGazetteer);
setPlacesSource(readPlaces);
setFactsWordsSource(readFactsWords);
setBaseWordsSource(readBaseWords);
setLexiconSource(readLexicon);
// The facts reader itself is bundled here: the library reads facts as it imports and edits, and the page is not a worker started again and again.
setFactsReaderSource(() => BUNDLED_FACTS_READER);
// An import reads the published verdicts from the extension's file (verdict-table.ts).
setVerdictSource(readVerdicts);
// An import analyses the texts it writes, to store the matching index with them (import-index.ts).
setLanguageDataSource(extensionLanguageFiles);

document.documentElement.lang = uiLang();
document.title = t('libPageTitle');
render(<LibraryApp db={getDb()} />, document.getElementById('app')!);
