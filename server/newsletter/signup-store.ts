import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/*
 * Newsletter addresses, one JSON line each, each address once. Appends go through one queue
 * in this process, so two requests never interleave their lines or both store the same
 * address; the file is opened with O_APPEND (every write lands at the end, whatever else
 * wrote) and each line is fsync'ed before the request is answered, so an address that was
 * acknowledged survives a crash. A line cut short by a crash is skipped when the file is read
 * back, and the next line starts on a line of its own.
 *
 * One process owns the file. Several instances behind a load balancer would each keep their
 * own list: they should point `newsletterUrl` at the publisher's mailing provider (README).
 */

type SignupResult = 'stored' | 'already-stored';

export interface SignupStore {
  add(email: string): Promise<SignupResult>;
  close(): Promise<void>;
}

export function createSignupStore(file: string, clock: () => Date = () => new Date()): SignupStore {
  let queue: Promise<unknown> = Promise.resolve();
  let state: Promise<{ handle: FileHandle; known: Set<string> }> | null = null;

  // A file that could not be opened (a full disk, a folder in the way) is tried again next time.
  const opened = () =>
    (state ??= openFile(file).catch((error: unknown) => {
      state = null;
      throw error;
    }));
  const serialised = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    add: (email) =>
      serialised(async () => {
        const { handle, known } = await opened();
        const key = addressKey(email);
        if (known.has(key)) return 'already-stored';
        const line = JSON.stringify({ email: email.trim(), at: clock().toISOString() }) + '\n';
        await handle.write(line);
        await handle.sync();
        known.add(key);
        return 'stored';
      }),
    close: () =>
      serialised(async () => {
        if (!state) return;
        const { handle } = await state;
        state = null;
        await handle.close();
      }),
  };
}

/** The same mailbox however it was typed: domains are case-insensitive, and so are most people. */
function addressKey(email: string): string {
  return email.trim().toLowerCase();
}

async function openFile(file: string): Promise<{ handle: FileHandle; known: Set<string> }> {
  await mkdir(dirname(file), { recursive: true });
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  });
  const known = new Set<string>();
  for (const line of text.split('\n')) {
    const email = emailOf(line);
    if (email !== null) known.add(addressKey(email));
  }
  const handle = await open(file, 'a');
  // A crash mid-line left no newline: the next address must not be glued onto it.
  if (text !== '' && !text.endsWith('\n')) await handle.write('\n');
  return { handle, known };
}

function emailOf(line: string): string | null {
  if (line.trim() === '') return null;
  try {
    const value: unknown = JSON.parse(line);
    const email: unknown =
      typeof value === 'object' && value !== null ? Reflect.get(value, 'email') : null;
    return typeof email === 'string' ? email : null;
  } catch {
    return null;
  }
}
