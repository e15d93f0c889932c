// What a page says when its address names something the workspace no longer holds.
import { Heading, Link, Stack, Text } from '@nttp/ui';

export function NotFound({ what, backHref, backText }: { what: string; backHref: string; backText: string }) {
  return (
    <Stack gap={4}>
      <Heading level={1}>{what} is not in the workspace</Heading>
      <Text>
        It may have been removed, or the address may be from another workspace. <Link href={backHref}>{backText}</Link>.
      </Text>
    </Stack>
  );
}
