import type { User } from './auth';
import { request } from './http';

/** One of the user's passkeys; the server never sends its key. */
export interface PasskeyInfo {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

interface Descriptor {
  type: 'public-key';
  id: string;
  transports?: string[];
}

/** PublicKeyCredentialCreationOptionsJSON, as /api/me/passkeys/registration-options answers. */
interface CreationOptionsJSON {
  rp: { id: string; name: string };
  user: { id: string; name: string; displayName: string };
  challenge: string;
  pubKeyCredParams: { type: 'public-key'; alg: number }[];
  timeout: number;
  excludeCredentials: Descriptor[];
  authenticatorSelection: AuthenticatorSelectionCriteria;
  attestation: AttestationConveyancePreference;
}

/** PublicKeyCredentialRequestOptionsJSON, as /api/auth/passkey/options answers. */
interface RequestOptionsJSON {
  challenge: string;
  timeout: number;
  rpId: string;
  allowCredentials: Descriptor[];
  userVerification: UserVerificationRequirement;
}

/** Whether this browser can use passkeys at all; without, the app shows nothing about them. */
export function passkeysSupported(): boolean {
  return typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function'
    && typeof navigator.credentials?.create === 'function';
}

function fromBase64url(text: string): ArrayBuffer {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes.buffer;
}

function toBase64url(buffer: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function descriptor(d: Descriptor): PublicKeyCredentialDescriptor {
  return { type: d.type, id: fromBase64url(d.id), transports: d.transports as AuthenticatorTransport[] | undefined };
}

/** The credential as PublicKeyCredential.toJSON() writes it (not every browser has toJSON yet). */
function credentialJSON(credential: PublicKeyCredential): Record<string, unknown> {
  const response = credential.response;
  const json: Record<string, unknown> = { clientDataJSON: toBase64url(response.clientDataJSON) };
  if ('attestationObject' in response) {
    const attestation = response as AuthenticatorAttestationResponse;
    json.attestationObject = toBase64url(attestation.attestationObject);
    json.transports = typeof attestation.getTransports === 'function' ? attestation.getTransports() : [];
  } else {
    const assertion = response as AuthenticatorAssertionResponse;
    json.authenticatorData = toBase64url(assertion.authenticatorData);
    json.signature = toBase64url(assertion.signature);
    json.userHandle = assertion.userHandle ? toBase64url(assertion.userHandle) : null;
  }
  return {
    id: credential.id,
    rawId: toBase64url(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment ?? null,
    response: json,
    clientExtensionResults: credential.getClientExtensionResults(),
  };
}

export const listPasskeys = () => request<PasskeyInfo[]>('GET', '/api/me/passkeys');

/** Creates a passkey on this device (the browser asks for the PIN or fingerprint) and adds it to the account. */
export async function addPasskey(name: string): Promise<PasskeyInfo> {
  const options = await request<CreationOptionsJSON>('POST', '/api/me/passkeys/registration-options');
  const credential = await navigator.credentials.create({
    publicKey: {
      ...options,
      challenge: fromBase64url(options.challenge),
      user: { ...options.user, id: fromBase64url(options.user.id) },
      excludeCredentials: options.excludeCredentials.map(descriptor),
    },
  }) as PublicKeyCredential | null;
  if (!credential) {
    throw new DOMException('No passkey was created', 'NotAllowedError');
  }
  return request<PasskeyInfo>('POST', '/api/me/passkeys', { name, credential: credentialJSON(credential) });
}

export const renamePasskey = (id: number, name: string) =>
  request<PasskeyInfo>('PATCH', `/api/me/passkeys/${id}`, { name });

export const removePasskey = (id: number) => request<void>('DELETE', `/api/me/passkeys/${id}`);

/** Signs in with any passkey of this site the device holds: no username, no password, no code. */
export async function signInWithPasskey(): Promise<User> {
  const options = await request<RequestOptionsJSON>('POST', '/api/auth/passkey/options');
  const credential = await navigator.credentials.get({
    publicKey: {
      ...options,
      challenge: fromBase64url(options.challenge),
      allowCredentials: options.allowCredentials.map(descriptor),
    },
  }) as PublicKeyCredential | null;
  if (!credential) {
    throw new DOMException('No passkey was chosen', 'NotAllowedError');
  }
  return request<{ user: User }>('POST', '/api/auth/passkey/login', credentialJSON(credential)).then((r) => r.user);
}

/** The browser's own refusals: the person cancelled or took too long, or the device holds one already. */
export function browserRefusal(error: unknown): 'cancelled' | 'exists' | null {
  if (error instanceof DOMException) {
    if (error.name === 'NotAllowedError' || error.name === 'AbortError') {
      return 'cancelled';
    }
    if (error.name === 'InvalidStateError') {
      return 'exists';
    }
  }
  return null;
}
