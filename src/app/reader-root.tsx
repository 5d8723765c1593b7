import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createSource } from '../content/source';
import { Reader } from '../reader/reader';
import type { MountContext, ReaderOptions } from '../shared/options';

interface ReaderRootProps {
  readonly options: ReaderOptions;
  readonly context: MountContext;
  readonly queryClient: QueryClient;
}

/** One reader: its own query cache and source, so two readers on a page never share state. */
export function ReaderRoot({ options, context, queryClient }: ReaderRootProps) {
  const source = useMemo(() => createSource(options.source, options.feedUrl), [options.source, options.feedUrl]);
  const startUrl = context.standalone && isHomePath(window.location.pathname) ? null : window.location.href;
  return (
    <QueryClientProvider client={queryClient}>
      <Reader options={options} source={source} startUrl={startUrl} standalone={context.standalone} />
    </QueryClientProvider>
  );
}

function isHomePath(pathname: string): boolean {
  return pathname === '/' || pathname === '/index.html';
}
