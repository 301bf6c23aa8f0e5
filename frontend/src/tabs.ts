/**
 * What one tab of the app tells the others of the same browser: the session ended (logout, or the server
 * refused it), or someone logged in. Without BroadcastChannel each tab finds out by itself, through its
 * event stream and its next request.
 */
export type TabNews = 'session-ended' | 'logged-in';

const CHANNEL = 'ledger-session';

export interface TabChannel {
  tell(news: TabNews): void;
  listen(listener: (news: TabNews) => void): () => void;
}

export function tabChannel(): TabChannel {
  if (typeof BroadcastChannel === 'undefined') {
    return { tell: () => undefined, listen: () => () => undefined };
  }
  const channel = new BroadcastChannel(CHANNEL);
  return {
    tell: (news) => channel.postMessage(news),
    listen: (listener) => {
      const receive = (event: MessageEvent) => {
        if (event.data === 'session-ended' || event.data === 'logged-in') {
          listener(event.data);
        }
      };
      channel.addEventListener('message', receive);
      return () => channel.removeEventListener('message', receive);
    },
  };
}
