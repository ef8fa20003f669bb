import { useRef, useState } from 'preact/hooks';
import { useDb } from '@/components/db-context';
import type { TableName } from '@/utils/core/import/merge-records';
import { checkFileSize, parseImport } from '@/utils/core/import/parse-import';
import { planImport, type ImportPlan } from '@/utils/store/import/plan-import';
import { applyImport, type ConflictPolicy } from '@/utils/store/import/apply-import';
import { prepareImportIndex, type ImportIndexer } from '@/utils/store/import/import-index';
import { inIndexWorker } from '@/components/library/import-export/index-worker-job';
import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import { t } from '@/utils/locale/i18n';
import { mebibytes } from '@/components/library/import-export/format-labels';

/** The steps of one import, each with what its screen shows. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'planning'; fileName: string }
  | { step: 'refused'; fileName: string; message: string; position?: string }
  | { step: 'preview'; fileName: string; plan: ImportPlan }
  | { step: 'importing'; fileName: string; done: number; total: number }
  | { step: 'done'; fileName: string; written: Record<TableName, number>; keptLocal: number }
  | { step: 'failed'; fileName: string; message: string; plan: ImportPlan };

export interface ImportFlow {
  state: ImportState;
  /** Reads, checks and compares a file with the library; writes nothing. */
  pick(file: File): Promise<void>;
  /** Writes the previewed plan in one transaction. */
  confirm(policy: ConflictPolicy): Promise<void>;
  reset(): void;
}

/**
 * The import as a small state machine: pick -> (refused | preview) -> importing -> (done | failed).
 * Picking another file while one is read makes the earlier one's result be ignored.
 */
export function useImportFlow(onImported?: () => void): ImportFlow {
  const db = useDb();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const seq = useRef(0);
  // The library's matching index, prepared while the preview is read (one import each: it is given up).
  const indexer = useRef<{ plan: ImportPlan; ready: Promise<ImportIndexer | undefined> } | undefined>(undefined);

  const pick = async (file: File) => {
    const mine = ++seq.current;
    const fileName = file.name || 'file';
    const current = () => mine === seq.current;
    // File.size is known without reading: a huge file is refused before it is loaded into memory.
    if (checkFileSize(file.size)) {
      setState({ step: 'refused', fileName, message: t('ieTooLarge', [fileName, mebibytes(file.size), mebibytes(IMPORT_LIMITS.maxFileBytes)]) });
      return;
    }
    setState({ step: 'reading', fileName });
    // The bytes, not File.text(): that decodes as UTF-8 whatever the file is, where parseImport reads
    // the encodings spreadsheets save in (Windows-1252, UTF-16 with its mark).
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (e) {
      if (current()) setState({ step: 'refused', fileName, message: e instanceof Error ? e.message : String(e) });
      return;
    }
    if (!current()) return;
    const parsed = parseImport(bytes, { fileName });
    if (!parsed.ok) {
      // The summary in the reader's language; the parser's precise reason (in English) follows.
      const summary = t(`importErr_${parsed.error.code.replaceAll('-', '_')}`);
      setState({ step: 'refused', fileName, message: `${summary} ${t('importErrDetail', parsed.error.message)}`, position: parsed.error.position });
      return;
    }
    setState({ step: 'planning', fileName });
    try {
      const plan = await planImport(db, parsed.value);
      if (!current()) return;
      indexer.current = { plan, ready: prepareImportIndex(db, plan, inIndexWorker) };
      setState({ step: 'preview', fileName, plan });
    } catch (e) {
      if (current()) setState({ step: 'refused', fileName, message: e instanceof Error ? e.message : String(e) });
    }
  };

  const confirm = async (policy: ConflictPolicy) => {
    if (state.step !== 'preview' && state.step !== 'failed') return;
    const { fileName, plan } = state;
    const mine = ++seq.current;
    const total = Object.values(plan.records).reduce((n, list) => n + list.length, 0);
    setState({ step: 'importing', fileName, done: 0, total });
    const prepared = indexer.current?.plan === plan ? indexer.current.ready : prepareImportIndex(db, plan, inIndexWorker);
    indexer.current = undefined;
    const result = await applyImport(db, plan, {
      conflictPolicy: policy,
      indexer: await prepared,
      onProgress: (done, all) => {
        if (mine === seq.current) setState({ step: 'importing', fileName, done, total: all });
      },
    });
    if (mine !== seq.current) return;
    if (!result.ok) {
      setState({ step: 'failed', fileName, message: result.message, plan });
      return;
    }
    setState({ step: 'done', fileName, written: result.written, keptLocal: result.keptLocal });
    onImported?.();
  };

  const reset = () => {
    seq.current++;
    indexer.current = undefined;
    setState({ step: 'idle' });
  };

  return { state, pick, confirm, reset };
}
