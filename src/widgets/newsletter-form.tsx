import { useMutation } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent } from 'react';
import { fillLabel, useLabels } from '../shared/labels';
import { isEmailAddress } from './email';

/** A signup that has not answered by then is given up, so the form never hangs on "Signing you up…". */
const SIGNUP_TIMEOUT_MS = 10_000;

interface Signup {
  readonly url: string;
  readonly email: string;
  readonly timeoutMs: number;
}

async function signUp({ url, email, timeoutMs }: Signup): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`The signup service answered ${response.status}.`);
}

/** "Sign up by email to receive news.": POSTs { email } as JSON to `newsletterUrl`. */
export function NewsletterForm({
  url,
  timeoutMs = SIGNUP_TIMEOUT_MS,
}: {
  readonly url: string;
  /** How long the signup request may take before the form offers to try again. */
  readonly timeoutMs?: number;
}) {
  // The form and its section are deliberately not named after their intro sentence: it
  // contains "email", and the one thing labelled Email should be the field.
  const labels = useLabels();
  const ids = { field: useId(), hint: useId(), message: useId() };
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState(false);
  const mutation = useMutation({ mutationFn: signUp });

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!isEmailAddress(email)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    mutation.mutate({ url, email: email.trim(), timeoutMs });
  };

  if (mutation.isSuccess) {
    return (
      <section className="ar-newsletter" aria-label={labels.newsletter}>
        <p className="ar-widget-title">{labels.signUpIntro}</p>
        <p className="ar-newsletter__done" role="status">
          {fillLabel(labels.signUpThanks, { email: mutation.variables.email })}
        </p>
      </section>
    );
  }

  return (
    <section className="ar-newsletter" aria-label={labels.newsletter}>
      <form className="ar-newsletter__form" noValidate onSubmit={submit}>
        <p className="ar-widget-title">{labels.signUpIntro}</p>
        <label className="ar-newsletter__label" htmlFor={ids.field}>
          {labels.email}
        </label>
        <div className="ar-newsletter__row">
          <input
            id={ids.field}
            className="ar-newsletter__input"
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            value={email}
            aria-invalid={invalid}
            aria-describedby={invalid ? ids.hint : mutation.isError ? ids.message : undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button
            type="submit"
            className="ar-button ar-newsletter__button"
            disabled={mutation.isPending}
          >
            {labels.signUp}
          </button>
        </div>
        {invalid && (
          <p id={ids.hint} className="ar-newsletter__hint" role="alert">
            {labels.signUpInvalid}
          </p>
        )}
        {mutation.isPending && (
          <p className="ar-newsletter__status" role="status">
            {labels.signingUp}
          </p>
        )}
        {mutation.isError && (
          <p id={ids.message} className="ar-newsletter__hint" role="alert">
            {labels.signUpFailed}
          </p>
        )}
      </form>
    </section>
  );
}
