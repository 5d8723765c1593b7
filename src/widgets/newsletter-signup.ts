import { useCallback, useState } from 'react';

interface Signup {
  readonly url: string;
  readonly email: string;
  readonly timeoutMs: number;
}

/** POSTs { email } as JSON; rejects on a status that is not 2xx and when `timeoutMs` passes. */
async function signUp({ url, email, timeoutMs }: Signup): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`The signup service answered ${response.status}.`);
}

type SignupState =
  | { readonly status: 'idle' | 'pending' | 'failed' }
  | { readonly status: 'done'; readonly email: string };

/**
 * What became of the last signup (the form sends one at a time). Plain state rather than
 * react-query's useMutation: a single POST needs no cache, and useMutation and its observer
 * were 0.4 KiB (gzip) of the reader's initial code (docs/decisions/0120).
 */
export function useSignup() {
  const [state, setState] = useState<SignupState>({ status: 'idle' });
  const submit = useCallback((signup: Signup) => {
    setState({ status: 'pending' });
    signUp(signup).then(
      () => setState({ status: 'done', email: signup.email }),
      () => setState({ status: 'failed' }),
    );
  }, []);
  return { state, submit };
}
