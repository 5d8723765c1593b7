import { useId, type ReactNode } from 'react';

interface TitledRegionProps {
  /** nav for ways onward, section for a block of content. */
  readonly as: 'nav' | 'section';
  readonly className: string;
  readonly heading: 'h1' | 'h2' | 'h3';
  readonly title: ReactNode;
  /** The heading's class; `${className}__title` unless given. */
  readonly titleClassName?: string;
  readonly children: ReactNode;
}

/**
 * A landmark named by its own visible heading (aria-labelledby), so a screen reader's list of
 * regions says what each one is, in the words the page shows.
 */
export function TitledRegion(props: TitledRegionProps) {
  const { as: Region, heading: Heading } = props;
  const titleId = useId();
  return (
    <Region className={props.className} aria-labelledby={titleId}>
      <Heading id={titleId} className={props.titleClassName ?? `${props.className}__title`}>
        {props.title}
      </Heading>
      {props.children}
    </Region>
  );
}
