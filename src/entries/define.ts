/**
 * Registers every SIIP element at once, for npm users (`import 'siip-widgets/define.js'`) and tests. Static
 * imports, so the tags are defined when the import resolves. The list must match the widget registry
 * (widgets.ts); src/entries/widgets.test.ts fails when it does not. The drop-in is autoload.ts.
 */
import '../../components/cohort-roster/cohort-roster.js';
import '../../components/pathway-finder/pathway-finder.js';
import '../../components/community-map/community-map.js';
import '../../components/event-calendar/event-calendar.js';
