import { Heading, Text } from '@nttp/ui';
import { PhasesSection } from '../sections/PhasesSection';
import { PrinciplesSection } from '../sections/PrinciplesSection';
import { ThemesSection } from '../sections/ThemesSection';

export function OverviewPage() {
  return (
    <>
      <Heading level={1}>Becoming a trauma-informed service</Heading>
      <Text lead>
        This app follows the National Trauma Transformation Programme pathfinders: three phases of work, nine
        themes to improve, and five principles that run through all of it. Everything you enter stays on this
        device unless you choose to export it.
      </Text>
      <PhasesSection />
      <PrinciplesSection />
      <ThemesSection />
    </>
  );
}
