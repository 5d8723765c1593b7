import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NewsletterForm } from './newsletter-form';

function renderForm(timeoutMs?: number) {
  // No query client around it: the form keeps its own state (docs/decisions/0120).
  return render(<NewsletterForm url="/api/signup" timeoutMs={timeoutMs} />);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('newsletter form', () => {
  it('keeps the typed email when signup fails, and a retry succeeds', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(new Response('{}', { status: 500 }))
      .mockResolvedValueOnce(new Response('{}', { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderForm();
    expect(screen.getByText('Sign up by email to receive news.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email'), 'reader@example.org');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not sign you up/);
    expect(screen.getByLabelText('Email')).toHaveValue('reader@example.org');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByText(/Thank you/)).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({
      method: 'POST',
      body: JSON.stringify({ email: 'reader@example.org' }),
    });
  });

  it('does not send an address that is not one', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText('Email'), 'reader@');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/Enter an email address/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('gives up on a signup that never answers, keeps the address, and a retry succeeds', async () => {
    // The first request hangs until its signal aborts it, as a stalled connection would.
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockImplementationOnce(
        (_url, init) =>
          new Promise((_resolve, reject) => {
            init?.signal?.addEventListener('abort', () =>
              reject(new DOMException('Timed out', 'TimeoutError')),
            );
          }),
      )
      .mockResolvedValueOnce(new Response('{}', { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderForm(50);
    await user.type(screen.getByLabelText('Email'), 'reader@example.org');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not sign you up/);
    expect(screen.getByLabelText('Email')).toHaveValue('reader@example.org');
    expect(screen.getByRole('button', { name: 'Sign up' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByText(/Thank you/)).toBeInTheDocument();
  });
});
