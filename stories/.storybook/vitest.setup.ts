import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as projectAnnotations from './preview';

// Stories run in the tests with the same preview (language decorator, axe as an error) as in Storybook.
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
