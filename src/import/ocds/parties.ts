import type { ContractingRole } from '../../model/index.js';
import { countryCode } from '../countries.js';
import type { AddressDraft, OrganisationDraft } from '../drafts.js';
import { identifierKey, toOrgIdentifier, type OrgIdentifier } from '../identifiers.js';
import { nameKey } from '../names.js';

type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** OCDS party roles to the model's contracting roles; other roles (payer, reviewBody...) are not imported. */
export const OCDS_ROLES: Record<string, ContractingRole> = {
  buyer: 'BUYER',
  procuringEntity: 'PROCURING_ENTITY',
  tenderer: 'TENDERER',
  supplier: 'SUPPLIER',
  funder: 'FUNDER',
};

function toAddress(raw: unknown): AddressDraft | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const a = raw as Json;
  const address: AddressDraft = {};
  for (const k of ['streetAddress', 'locality', 'region', 'postalCode', 'countryName'] as const) {
    const v = str(a[k]);
    if (v) address[k] = v;
  }
  return Object.keys(address).length > 0 ? address : null;
}

/** What an organisation reference says when it cannot be compared: an identifier of unknown register. */
export interface PartyNotes {
  unresolvedIdentifiers: string[];
}

/**
 * An organisation draft from an OCDS Organization object (a 1.1 party, or a 1.0 inline buyer,
 * procuring entity, tenderer or supplier). Null when it has no name. Its key is its first org-id
 * identifier, else its normalised name within its country.
 */
export function toOrganisationDraft(raw: Json, notes: PartyNotes): OrganisationDraft | null {
  const name = str(raw.name) ?? str((raw.identifier as Json | undefined)?.legalName);
  if (!name) return null;
  const address = toAddress(raw.address);
  const country = countryCode(address?.countryName);
  const identifiers: OrgIdentifier[] = [];
  for (const candidate of [raw.identifier, ...(Array.isArray(raw.additionalIdentifiers) ? raw.additionalIdentifiers : [])]) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const id = toOrgIdentifier(candidate as Json, country);
    if (id) {
      if (!identifiers.some((i) => i.scheme === id.scheme && i.id === id.id)) identifiers.push(id);
    } else if ((candidate as Json).id !== undefined) notes.unresolvedIdentifiers.push(`${str((candidate as Json).scheme) ?? '(no scheme)'} ${String((candidate as Json).id)}`);
  }
  const key = identifiers.length > 0 ? `id:${identifierKey(identifiers[0])}` : `name:${country ?? ''}:${nameKey(name)}`;
  const contact = str((raw.contactPoint as Json | undefined)?.name);
  return { key, name, identifiers, addresses: address ? [address] : [], country, roles: new Set(), contacts: new Set(contact ? [contact] : []) };
}
