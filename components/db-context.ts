import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RecoupeDb } from '@/utils/store/db';

/**
 * The database of the extension page (the library, the popup's export): provided once at the root of
 * the app, read with useDb() by the components that query or edit it.
 */
export const DbContext = createContext<RecoupeDb | null>(null);

export function useDb(): RecoupeDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('Recoupe: a component reads the database outside a <DbContext.Provider>.');
  return db;
}
