import { DEMO_DATA_FORMAT, type DemoData } from '@server/seed/demo-data.ts'

const DATABASE = 'hirelane-demo'
const STORE = 'snapshots'
/** Per shape of the data: a snapshot saved by an older build is left unread (reseeded). */
const KEY = `data-v${DEMO_DATA_FORMAT}`

/** The demo's data between visits: one IndexedDB record holding the whole memory store. */
function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB failed to open'))
  })
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>) {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode)
        const request = work(transaction.objectStore(STORE))
        transaction.oncomplete = () => {
          db.close()
          resolve(request.result)
        }
        transaction.onerror = () => {
          db.close()
          reject(transaction.error ?? new Error('IndexedDB transaction failed'))
        }
      }),
  )
}

export const loadSnapshot = () =>
  run<DemoData | undefined>('readonly', (store) => store.get(KEY)).catch(() => undefined)

export const saveSnapshot = (data: DemoData) =>
  run('readwrite', (store) => store.put(data, KEY)).then(() => undefined)
