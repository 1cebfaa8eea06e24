import { themeColors, themeStorageKey } from '../config/theme-preference';

/**
 * The one script that runs before the first paint: a classic inline script in the head that applies
 * a remembered theme (as applyTheme does) while the module scripts are still on their way, so a
 * reload, a deep link or the 404 page never flashes the other theme. The policy allows it by its
 * hash. Without a remembered choice it does nothing, and the stylesheet follows the system.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem(${JSON.stringify(themeStorageKey)}),c=${JSON.stringify(themeColors)}[t];if(t!=="light"&&t!=="dark")return;document.documentElement.setAttribute("data-theme",t);document.querySelectorAll('meta[name="theme-color"]').forEach(function(m){m.setAttribute("content",c)})}catch(e){}})()`;
