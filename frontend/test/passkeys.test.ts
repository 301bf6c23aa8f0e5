import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/http';
import { browserRefusal, passkeysSupported } from '../src/api/passkeys';
import { describeError } from '../src/problems';

describe('passkeys', () => {
  it('are not offered where there is no PublicKeyCredential', () => {
    expect(passkeysSupported()).toBe(false);
  });

  it('say that the browser\'s dialog was closed, or that the device holds a passkey already', () => {
    expect(browserRefusal(new DOMException('closed', 'NotAllowedError'))).toBe('cancelled');
    expect(browserRefusal(new DOMException('aborted', 'AbortError'))).toBe('cancelled');
    expect(browserRefusal(new DOMException('excluded', 'InvalidStateError'))).toBe('exists');
    expect(browserRefusal(new Error('other'))).toBeNull();
    expect(describeError(new DOMException('closed', 'NotAllowedError')).message)
      .toBe('Nothing happened: the passkey dialog was closed or took too long.');
    expect(describeError(new DOMException('excluded', 'InvalidStateError')).message)
      .toBe('This device already holds a passkey for your account.');
  });

  it('show the server\'s refusal of a passkey as it words it', () => {
    const refused = new ApiError(401, '/problems/passkey-not-recognised', 'Passkey not recognised',
      'This passkey is not one of Ledger\'s: it may have been removed. Log in with your password.', {});
    expect(describeError(refused).message).toContain('not one of Ledger\'s');
  });
});
