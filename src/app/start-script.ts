/**
 * The inline script that starts the app by importing the entry module (`entry`, its URL) once the
 * page has loaded and painted its content: at the load event, it waits for the first contentful
 * paint (a browser without paint timing starts at once), then for the next task.
 *
 * The page carries no module script of its own. A module script element in the head, even deferred
 * and of low priority, counted as a dependency of the first paint in Lighthouse's simulation; and
 * on a fast connection the load event can come before the first paint, so an import at the load
 * event did too. Either put the home page's first contentful paint about 0.2 s later than the same
 * page's without scripts. A dynamic import is no Trusted Types sink, so the page needs no policy
 * for it; its Content-Security-Policy allows this script by its hash.
 */
export function startScript(entry: string): string {
  return [
    'addEventListener("load",function(){',
    `function start(){setTimeout(function(){import(${JSON.stringify(entry)})})}`,
    'if(!(PerformanceObserver.supportedEntryTypes||[]).includes("paint"))return start();',
    'new PerformanceObserver(function(list,observer){',
    'if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();start()}',
    '}).observe({type:"paint",buffered:true})})',
  ].join('');
}
