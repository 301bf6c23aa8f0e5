/**
 * A user agent as a person recognises it: "Firefox on Android", "curl". Unknown ones come back as sent, cut to
 * a length that fits a line.
 */
export function describeUserAgent(userAgent: string | null | undefined): string {
  if (!userAgent) {
    return '';
  }
  const browser = /Edg\//.test(userAgent) ? 'Edge'
    : /OPR\//.test(userAgent) ? 'Opera'
      : /Firefox\//.test(userAgent) ? 'Firefox'
        : /Chrom(e|ium)\//.test(userAgent) ? 'Chrome'
          : /Safari\//.test(userAgent) && /Version\//.test(userAgent) ? 'Safari'
            : /^curl\//.test(userAgent) ? 'curl'
              : null;
  const system = /Android/.test(userAgent) ? 'Android'
    : /iPhone|iPad|iPod/.test(userAgent) ? 'iOS'
      : /Windows/.test(userAgent) ? 'Windows'
        : /Mac OS X|Macintosh/.test(userAgent) ? 'macOS'
          : /CrOS/.test(userAgent) ? 'ChromeOS'
            : /Linux/.test(userAgent) ? 'Linux'
              : null;
  if (browser && system) {
    return `${browser} · ${system}`;
  }
  if (browser || system) {
    return (browser ?? system)!;
  }
  return userAgent.length > 60 ? `${userAgent.slice(0, 59)}…` : userAgent;
}
