import { useId, useState, type SyntheticEvent } from 'react';
import { fillLabel, useLabels } from '../shared/labels';
import { isEmailAddress } from './email';
import { useSignup } from './newsletter-signup';

/** A signup that has not answered by then is given up, so the form never hangs on "Signing you up…". */
const SIGNUP_TIMEOUT_MS = 10_000;

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
  const { state, submit: send } = useSignup();

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state.status === 'pending') return;
    if (!isEmailAddress(email)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    send({ url, email: email.trim(), timeoutMs });
  };

  if (state.status === 'done') {
    return (
      <section className="ar-newsletter" aria-label={labels.newsletter}>
        <p className="ar-widget-title">{labels.signUpIntro}</p>
        <p className="ar-newsletter__done" role="status">
          {fillLabel(labels.signUpThanks, { email: state.email })}
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
            aria-describedby={
              invalid ? ids.hint : state.status === 'failed' ? ids.message : undefined
            }
            onChange={(event) => setEmail(event.target.value)}
          />
          <button
            type="submit"
            className="ar-button ar-newsletter__button"
            disabled={state.status === 'pending'}
          >
            {labels.signUp}
          </button>
        </div>
        {invalid && (
          <p id={ids.hint} className="ar-newsletter__hint" role="alert">
            {labels.signUpInvalid}
          </p>
        )}
        {state.status === 'pending' && (
          <p className="ar-newsletter__status" role="status">
            {labels.signingUp}
          </p>
        )}
        {state.status === 'failed' && (
          <p id={ids.message} className="ar-newsletter__hint" role="alert">
            {labels.signUpFailed}
          </p>
        )}
      </form>
    </section>
  );
}
