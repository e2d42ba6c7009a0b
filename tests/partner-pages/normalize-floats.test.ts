import { describePartnerPage } from './partner-page.js';

describePartnerPage('normalize-floats', 'normalize.css with a float layout');
