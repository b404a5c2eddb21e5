import { Field, Float, ID, InputType } from 'type-graphql';
import { CommitmentAmbition, CommitmentStatus, EventKind, InitiativeLevel, InitiativeStatus, LearningKind, OrganisationKind, PlaceKind, Sector } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';

/**
 * Inputs of the create and update mutations. Their GraphQL types catch shape errors; the model's
 * record schemas (src/model/records.ts) then check lengths, formats and required sources, so the
 * API and the seed importer accept exactly the same records.
 */

@InputType({ description: 'An identifier in a public register, org-id.guide style.' })
export class IdentifierInput {
  @Field(() => String, { description: 'The register, e.g. "NL-KVK".' })
  scheme!: string;

  @Field(() => String, { description: 'The id within that register.' })
  id!: string;
}

@InputType({ description: 'Fields of a new Organisation.' })
export class CreateOrganisationInput {
  @Field(() => ID, { nullable: true, description: 'Readable slug id (lowercase letters, digits, dashes); made from the name or title when omitted.' })
  id?: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'Short name.', nullable: true })
  acronym?: string;

  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  kind!: string;

  @Field(() => Sector, { description: 'The sector it belongs to.' })
  sector!: string;

  @Field(() => String, { description: 'What it does (Markdown).', nullable: true })
  description?: string;

  @Field(() => String, { description: 'Website address (http or https).', nullable: true })
  website?: string;

  @Field(() => [IdentifierInput], { description: 'Identifiers in public registers.', nullable: true })
  identifiers?: IdentifierInput[];

  @Field(() => [String], { description: 'Where the facts come from: document names or addresses (at least one).' })
  sources!: string[];

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean;
}

@InputType({ description: 'Fields to change on an existing Organisation; omitted fields stay as they are, null clears an optional field.' })
export class UpdateOrganisationInput {
  @Field(() => String, { description: 'Full name.', nullable: true })
  name?: string | null;

  @Field(() => String, { description: 'Short name.', nullable: true })
  acronym?: string | null;

  @Field(() => OrganisationKind, { description: 'What kind of body it is.', nullable: true })
  kind?: string | null;

  @Field(() => Sector, { description: 'The sector it belongs to.', nullable: true })
  sector?: string | null;

  @Field(() => String, { description: 'What it does (Markdown).', nullable: true })
  description?: string | null;

  @Field(() => String, { description: 'Website address (http or https).', nullable: true })
  website?: string | null;

  @Field(() => [IdentifierInput], { description: 'Identifiers in public registers.', nullable: true })
  identifiers?: IdentifierInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Where the facts come from: document names or addresses (at least one).' })
  sources?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean | null;
}

@InputType({ description: 'Fields of a new Actor.' })
export class CreateActorInput {
  @Field(() => ID, { nullable: true, description: 'Readable slug id (lowercase letters, digits, dashes); made from the name or title when omitted.' })
  id?: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'Job title.', nullable: true })
  title?: string;

  @Field(() => Sector, { description: 'Sector the person works in.', nullable: true })
  sector?: string;

  @Field(() => String, { description: 'Short biography (Markdown).', nullable: true })
  bio?: string;

  @Field(() => String, { description: 'Contact email.', nullable: true })
  email?: string;

  @Field(() => Boolean, { description: 'Whether contact details may be shown to everyone.', nullable: true })
  public?: boolean;

  @Field(() => [String], { description: 'Where the facts come from: document names or addresses (at least one).' })
  sources!: string[];

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean;
}

@InputType({ description: 'Fields to change on an existing Actor; omitted fields stay as they are, null clears an optional field.' })
export class UpdateActorInput {
  @Field(() => String, { description: 'Full name.', nullable: true })
  name?: string | null;

  @Field(() => String, { description: 'Job title.', nullable: true })
  title?: string | null;

  @Field(() => Sector, { description: 'Sector the person works in.', nullable: true })
  sector?: string | null;

  @Field(() => String, { description: 'Short biography (Markdown).', nullable: true })
  bio?: string | null;

  @Field(() => String, { description: 'Contact email.', nullable: true })
  email?: string | null;

  @Field(() => Boolean, { description: 'Whether contact details may be shown to everyone.', nullable: true })
  public?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Where the facts come from: document names or addresses (at least one).' })
  sources?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean | null;
}

@InputType({ description: 'Fields of a new Initiative.' })
export class CreateInitiativeInput {
  @Field(() => ID, { nullable: true, description: 'Readable slug id (lowercase letters, digits, dashes); made from the name or title when omitted.' })
  id?: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'What it is and does (Markdown).', nullable: true })
  summary?: string;

  @Field(() => InitiativeLevel, { description: 'Level of government it works at.' })
  level!: string;

  @Field(() => InitiativeStatus, { description: 'Planned, active or over.', nullable: true })
  status?: string;

  @Field(() => DateScalar, { description: 'When it started.', nullable: true })
  startDate?: string;

  @Field(() => DateScalar, { description: 'When it ended.', nullable: true })
  endDate?: string;

  @Field(() => String, { description: 'Website address.', nullable: true })
  website?: string;

  @Field(() => String, { description: 'Public contact address.', nullable: true })
  contactEmail?: string;

  @Field(() => [String], { description: 'Main activities.', nullable: true })
  activities?: string[];

  @Field(() => [String], { description: 'Where the facts come from: document names or addresses (at least one).' })
  sources!: string[];

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean;
}

@InputType({ description: 'Fields to change on an existing Initiative; omitted fields stay as they are, null clears an optional field.' })
export class UpdateInitiativeInput {
  @Field(() => String, { description: 'Title.', nullable: true })
  title?: string | null;

  @Field(() => String, { description: 'What it is and does (Markdown).', nullable: true })
  summary?: string | null;

  @Field(() => InitiativeLevel, { description: 'Level of government it works at.', nullable: true })
  level?: string | null;

  @Field(() => InitiativeStatus, { description: 'Planned, active or over.', nullable: true })
  status?: string | null;

  @Field(() => DateScalar, { description: 'When it started.', nullable: true })
  startDate?: string | null;

  @Field(() => DateScalar, { description: 'When it ended.', nullable: true })
  endDate?: string | null;

  @Field(() => String, { description: 'Website address.', nullable: true })
  website?: string | null;

  @Field(() => String, { description: 'Public contact address.', nullable: true })
  contactEmail?: string | null;

  @Field(() => [String], { description: 'Main activities.', nullable: true })
  activities?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Where the facts come from: document names or addresses (at least one).' })
  sources?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean | null;
}

@InputType({ description: 'Fields of a new Commitment.' })
export class CreateCommitmentInput {
  @Field(() => ID, { nullable: true, description: 'Readable slug id (lowercase letters, digits, dashes); made from the name or title when omitted.' })
  id?: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'What was pledged (Markdown).', nullable: true })
  description?: string;

  @Field(() => String, { description: 'The action plan it belongs to.', nullable: true })
  actionPlan?: string;

  @Field(() => String, { description: "The plan's own id, e.g. KAD0002.", nullable: true })
  reference?: string;

  @Field(() => CommitmentStatus, { description: 'Completion.', nullable: true })
  status?: string;

  @Field(() => CommitmentAmbition, { description: 'Potential impact.', nullable: true })
  ambition?: string;

  @Field(() => DateScalar, { description: 'Start.', nullable: true })
  startDate?: string;

  @Field(() => DateScalar, { description: 'End.', nullable: true })
  endDate?: string;

  @Field(() => [String], { description: 'Where the facts come from: document names or addresses (at least one).' })
  sources!: string[];

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean;
}

@InputType({ description: 'Fields to change on an existing Commitment; omitted fields stay as they are, null clears an optional field.' })
export class UpdateCommitmentInput {
  @Field(() => String, { description: 'Title.', nullable: true })
  title?: string | null;

  @Field(() => String, { description: 'What was pledged (Markdown).', nullable: true })
  description?: string | null;

  @Field(() => String, { description: 'The action plan it belongs to.', nullable: true })
  actionPlan?: string | null;

  @Field(() => String, { description: "The plan's own id, e.g. KAD0002.", nullable: true })
  reference?: string | null;

  @Field(() => CommitmentStatus, { description: 'Completion.', nullable: true })
  status?: string | null;

  @Field(() => CommitmentAmbition, { description: 'Potential impact.', nullable: true })
  ambition?: string | null;

  @Field(() => DateScalar, { description: 'Start.', nullable: true })
  startDate?: string | null;

  @Field(() => DateScalar, { description: 'End.', nullable: true })
  endDate?: string | null;

  @Field(() => [String], { nullable: true, description: 'Where the facts come from: document names or addresses (at least one).' })
  sources?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean | null;
}

@InputType({ description: 'Fields of a new Learning.' })
export class CreateLearningInput {
  @Field(() => ID, { nullable: true, description: 'Readable slug id (lowercase letters, digits, dashes); made from the name or title when omitted.' })
  id?: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => LearningKind, { description: 'What kind of learning.' })
  kind!: string;

  @Field(() => String, { description: 'In a few sentences.', nullable: true })
  summary?: string;

  @Field(() => String, { description: 'Full text (Markdown).', nullable: true })
  body?: string;

  @Field(() => DateScalar, { description: 'When written or published.', nullable: true })
  date?: string;

  @Field(() => String, { description: 'ISO 639-1 code.', nullable: true })
  language?: string;

  @Field(() => [String], { description: 'Where the facts come from: document names or addresses (at least one).' })
  sources!: string[];

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean;
}

@InputType({ description: 'Fields to change on an existing Learning; omitted fields stay as they are, null clears an optional field.' })
export class UpdateLearningInput {
  @Field(() => String, { description: 'Title.', nullable: true })
  title?: string | null;

  @Field(() => LearningKind, { description: 'What kind of learning.', nullable: true })
  kind?: string | null;

  @Field(() => String, { description: 'In a few sentences.', nullable: true })
  summary?: string | null;

  @Field(() => String, { description: 'Full text (Markdown).', nullable: true })
  body?: string | null;

  @Field(() => DateScalar, { description: 'When written or published.', nullable: true })
  date?: string | null;

  @Field(() => String, { description: 'ISO 639-1 code.', nullable: true })
  language?: string | null;

  @Field(() => [String], { nullable: true, description: 'Where the facts come from: document names or addresses (at least one).' })
  sources?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean | null;
}

@InputType({ description: 'Fields of a new Event.' })
export class CreateEventInput {
  @Field(() => ID, { nullable: true, description: 'Readable slug id (lowercase letters, digits, dashes); made from the name or title when omitted.' })
  id?: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => EventKind, { description: 'What kind of gathering.' })
  kind!: string;

  @Field(() => DateScalar, { description: 'First day.' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Last day.', nullable: true })
  endDate?: string;

  @Field(() => String, { description: 'What happened (Markdown).', nullable: true })
  description?: string;

  @Field(() => String, { description: 'Web page.', nullable: true })
  website?: string;

  @Field(() => [String], { description: 'Where the facts come from: document names or addresses (at least one).' })
  sources!: string[];

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean;
}

@InputType({ description: 'Fields to change on an existing Event; omitted fields stay as they are, null clears an optional field.' })
export class UpdateEventInput {
  @Field(() => String, { description: 'Name.', nullable: true })
  name?: string | null;

  @Field(() => EventKind, { description: 'What kind of gathering.', nullable: true })
  kind?: string | null;

  @Field(() => DateScalar, { description: 'First day.', nullable: true })
  startDate?: string | null;

  @Field(() => DateScalar, { description: 'Last day.', nullable: true })
  endDate?: string | null;

  @Field(() => String, { description: 'What happened (Markdown).', nullable: true })
  description?: string | null;

  @Field(() => String, { description: 'Web page.', nullable: true })
  website?: string | null;

  @Field(() => [String], { nullable: true, description: 'Where the facts come from: document names or addresses (at least one).' })
  sources?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean | null;
}

@InputType({ description: 'Fields of a new Place.' })
export class CreatePlaceInput {
  @Field(() => ID, { nullable: true, description: 'Readable slug id (lowercase letters, digits, dashes); made from the name or title when omitted.' })
  id?: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => PlaceKind, { description: 'What kind of place.' })
  kind!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code (countries) or ISO 3166-2 code (regions, states, counties).', nullable: true })
  isoCode?: string;

  @Field(() => Boolean, { description: 'In the global south, where known.', nullable: true })
  globalSouth?: boolean;

  @Field(() => Float, { description: 'Latitude in decimal degrees, -90 to 90.', nullable: true })
  latitude?: number;

  @Field(() => Float, { description: 'Longitude in decimal degrees, -180 to 180.', nullable: true })
  longitude?: number;

  @Field(() => [String], { description: 'Where the facts come from: document names or addresses (at least one).' })
  sources!: string[];

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean;
}

@InputType({ description: 'Fields to change on an existing Place; omitted fields stay as they are, null clears an optional field.' })
export class UpdatePlaceInput {
  @Field(() => String, { description: 'Name.', nullable: true })
  name?: string | null;

  @Field(() => PlaceKind, { description: 'What kind of place.', nullable: true })
  kind?: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code (countries) or ISO 3166-2 code (regions, states, counties).', nullable: true })
  isoCode?: string | null;

  @Field(() => Boolean, { description: 'In the global south, where known.', nullable: true })
  globalSouth?: boolean | null;

  @Field(() => Float, { description: 'Latitude in decimal degrees, -90 to 90.', nullable: true })
  latitude?: number | null;

  @Field(() => Float, { description: 'Longitude in decimal degrees, -180 to 180.', nullable: true })
  longitude?: number | null;

  @Field(() => [String], { nullable: true, description: 'Where the facts come from: document names or addresses (at least one).' })
  sources?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean | null;
}

@InputType({ description: 'Fields of a new Theme.' })
export class CreateThemeInput {
  @Field(() => ID, { nullable: true, description: 'Readable slug id (lowercase letters, digits, dashes); made from the name or title when omitted.' })
  id?: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'What it covers.', nullable: true })
  description?: string;

  @Field(() => [String], { description: 'Where the facts come from: document names or addresses (at least one).' })
  sources!: string[];

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean;
}

@InputType({ description: 'Fields to change on an existing Theme; omitted fields stay as they are, null clears an optional field.' })
export class UpdateThemeInput {
  @Field(() => String, { description: 'Name.', nullable: true })
  name?: string | null;

  @Field(() => String, { description: 'What it covers.', nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Where the facts come from: document names or addresses (at least one).' })
  sources?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean | null;
}
