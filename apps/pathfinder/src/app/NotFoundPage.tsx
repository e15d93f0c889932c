import { Heading, Link, Text } from '@nttp/ui';

export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'workspace' }) {
  return (
    <>
      <Heading level={1}>{what === 'page' ? 'Page not found' : 'Workspace not found'}</Heading>
      <Text>
        {what === 'page'
          ? 'There is no page at this address. If you typed it or followed a saved link, it may have changed.'
          : 'There is no workspace at this address in this browser. It may have been deleted, or saved in another browser or on another device.'}
      </Text>
      <Text>
        <Link href="#/">Go to your workspaces</Link>
      </Text>
    </>
  );
}
