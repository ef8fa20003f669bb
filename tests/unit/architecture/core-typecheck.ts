import { dirname } from 'node:path';
import ts from 'typescript';

/** Type errors of the files `configPath` includes (or of `rootNames`), under that config's options. */
export function typeErrors(configPath: string, rootNames?: string[]): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  const program = ts.createProgram({ rootNames: rootNames ?? parsed.fileNames, options: parsed.options });
  const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => dirname(configPath), getNewLine: () => '\n' };
  return ts.getPreEmitDiagnostics(program).map((d) => ts.formatDiagnostic(d, host).trim());
}
