import '@nttp/ui/styles.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { ComponentPage } from './ComponentPage';
import './docs.css';

// The e2e run (vitest.config.ts) sets these: every story runs in the light and the dark theme, at 320
// CSS pixels wide (a 1280px screen at 400% zoom) for the reflow check.
declare const __NTTP_STORY_THEME__: string | undefined;
declare const __NTTP_STORY_VIEWPORT__: string | undefined;
const initialTheme = typeof __NTTP_STORY_THEME__ === 'string' ? __NTTP_STORY_THEME__ : 'light';
const initialViewport = typeof __NTTP_STORY_VIEWPORT__ === 'string' ? { value: __NTTP_STORY_VIEWPORT__, isRotated: false } : undefined;

/** Every story sits in an nttp-root with the chosen theme and motion setting, like a real page. */
const withTheme: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const motion = context.globals.motion === 'reduce' ? 'reduce' : undefined;
  return (
    <div className="nttp-root" data-theme={theme} data-motion={motion} style={{ padding: '1.5rem', minHeight: context.viewMode === 'docs' ? undefined : '100vh', boxSizing: 'border-box' }}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  initialGlobals: { theme: initialTheme, motion: 'system', ...(initialViewport ? { viewport: initialViewport } : {}) },
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
    motion: {
      description: 'Motion',
      toolbar: { title: 'Motion', icon: 'transfer', items: [{ value: 'system', title: 'Follow the system' }, { value: 'reduce', title: 'Reduced motion' }], dynamicTitle: true },
    },
  },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    docs: { page: ComponentPage, source: { type: 'dynamic' } },
    viewport: {
      options: {
        reflow: { name: '320px: 400% zoom', styles: { width: '320px', height: '800px' }, type: 'mobile' },
        tablet: { name: 'Tablet', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
      },
    },
    // Any axe violation, colour contrast included, fails the story's test in the real browser.
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Styles', 'Patterns', 'Foundations', 'Trauma-informed', 'Theory of Change', 'Language guide'] } },
  },
  tags: ['autodocs'],
};

export default preview;
