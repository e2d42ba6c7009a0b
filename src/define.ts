/**
 * The drop-in entry: registers every SIIP element. A page needs only
 * `<script type="module" src=".../siip-widgets.js"></script>`.
 */
import '../components/cohort-roster/cohort-roster.js';
import '../components/pathway-finder/pathway-finder.js';
import '../components/community-map/community-map.js';
import '../components/event-calendar/event-calendar.js';
