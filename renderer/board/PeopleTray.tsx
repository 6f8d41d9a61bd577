/**
 * The people in the room. Each is a chip to drag onto an outcome's owner slot (owner) or onto an
 * activity (assignee); people can be added, edited and removed here.
 */
import { memo, useContext, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Effect, Intent } from '../../shared/intents';
import { LIMITS, MAX_INITIALS, MAX_INITIALS_UNITS, initialsOf, longerInitialsOf, nameKey, type Activity, type Board, type Outcome, type Person, type PersonId } from '../../shared/model';
import { pastedPeople, type Pasted } from '../../shared/pastedList';
import { counted, isolatedInSentence } from '../../shared/text';
import { useDraftEditor, useKeptTyping, useUnsavedTyping, type KeptDraft } from './draftBack';
import { scrollIntoViewNearest, useKeptInSight } from './inView';
import { useFormProblem } from './formProblem';
import { addedSentences, leftOutSentences, useListPaste, type PasteBatch } from './listPaste';
import { notifyUndoable, shownBoard, useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { PersonAvatar } from './PersonAvatar';
import { notifyInitials } from './initialsNotice';
import { Popover } from './Popover';
import { DRAG_INSTRUCTIONS_ID } from './dnd/DragProxy';
import { announce } from './dnd/announcements';
import { removeFromMenu } from './removeFromMenu';
import { WindowingContext } from './windowing';
import { WindowedList } from './WindowedList';
import { useDragState } from './dnd/dragState';

const PERSON = ['person', 'people'] as const;
const personKey = (person: Person) => person.id;

interface PeopleTrayProps {
  readonly people: readonly Person[];
  readonly outcomes: readonly Outcome[];
  readonly activities: readonly Activity[];
}

export interface PersonLoad {
  readonly owns: number;
  readonly assigned: number;
}

export function peopleLoad(people: readonly Person[], outcomes: readonly Outcome[], activities: readonly Activity[]): Map<PersonId, PersonLoad> {
  const counts = new Map<PersonId, { owns: number; assigned: number }>();
  for (const person of people) counts.set(person.id, { owns: 0, assigned: 0 });
  for (const outcome of outcomes) {
    const entry = outcome.ownerId ? counts.get(outcome.ownerId) : undefined;
    if (entry) entry.owns++;
  }
  for (const activity of activities) {
    for (const id of activity.assigneeIds) {
      const entry = counts.get(id);
      if (entry) entry.assigned++;
    }
  }
  return counts;
}

export const PeopleTray = memo(function PeopleTray({ people, outcomes, activities }: PeopleTrayProps) {
  const headingId = useId();
  const shown = useUiStore((s) => s.peopleShown);
  const setShown = useUiStore((s) => s.setPeopleShown);
  // A disclosure: hidden, the list and the form are not on the page (the parking lot comes up under
  // the heading, uiStore's peopleShown); "Set owner of …" and "Assign" still name everyone. Shown
  // with nobody in it, there is nothing to hide.
  return (
    <section className="panel people-tray" aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId} className="panel__title">
          People
        </h2>
        {(people.length > 0 || !shown) && (
          <button type="button" className="panel__toggle" aria-expanded={shown} onClick={() => { setShown(!shown); }}>
            {shown ? 'Hide people' : `Show people (${String(people.length)})`}
          </button>
        )}
      </div>
      {shown && <PeopleTrayBody people={people} outcomes={outcomes} activities={activities} />}
    </section>
  );
});

/** The people panel's hint, list and form: what "Hide people" folds away. */
function PeopleTrayBody({ people, outcomes, activities }: PeopleTrayProps) {
  const load = useMemo(() => peopleLoad(people, outcomes, activities), [people, outcomes, activities]);
  const windowing = useContext(WindowingContext);
  return (
    <>
      {/* How to drag, once there is someone to drag (and somewhere to drop them). */}
      {people.length > 0 && (
        <p className="panel__hint editing-chrome">
          {outcomes.length > 0 ? 'Drag a person onto an owner slot or an activity.' : 'Add an outcome, then drag a person onto its owner slot.'}
        </p>
      )}
      {people.length === 0 ? (
        <>
          <p className="muted">Nobody yet. Add the people in the room: each outcome gets one of them as its owner.</p>
          <p className="panel__hint editing-chrome">Type a name below and press Add person, or paste a list of names.</p>
        </>
      ) : windowing?.supported ? (
        // A big board: only the people near the screen are mounted (see windowing.ts).
        <WindowedList
          windowing={windowing}
          container="people"
          kind="person"
          className="people-list"
          items={people}
          keyOf={personKey}
          render={(person) => <PersonCard person={person} owns={load.get(person.id)?.owns ?? 0} assigned={load.get(person.id)?.assigned ?? 0} />}
          noun={PERSON}
          where="panel"
        />
      ) : (
        <ul className="people-list">
          {people.map((person) => (
            <li key={person.id}>
              <PersonCard person={person} owns={load.get(person.id)?.owns ?? 0} assigned={load.get(person.id)?.assigned ?? 0} />
            </li>
          ))}
        </ul>
      )}
      <AddPerson />
    </>
  );
}

const PersonCard = memo(function PersonCard({ person, owns, assigned }: { readonly person: Person; readonly owns: number; readonly assigned: number }) {
  const isDragging = useDragState((state) => state.active?.type === 'person' && state.active.personId === person.id);
  return (
    <div className={isDragging ? 'person-card person-card--dragging' : 'person-card'}>
      <PersonDragChip person={person} />
      <span className="person-card__text">
        {person.role && (
          <span className="person-card__role" dir="auto">
            {person.role}
          </span>
        )}
        {/* In two parts, each kept whole: a line too narrow breaks between them, the "·" that
            starts the second line out of sight (board.css). */}
        <span className="person-card__load">
          <span className="person-card__parts">
            <span className="person-card__part">As owner: {owns}</span>
            <span className="person-card__part">
              <span className="person-card__dot"> · </span>
              Assigned: {assigned}
            </span>
          </span>
        </span>
        {person.newToRole && <span className="tag tag--new">New to the role</span>}
      </span>
      <Popover<PersonDraft> label={`Actions for ${person.name}`} buttonText="⋯" className="editing-chrome" reopens={`person:${person.id}`}>
        {(close, kept) => <PersonEditor person={person} kept={kept} close={close} />}
      </Popover>
    </div>
  );
});

/**
 * The person's chip: a draggable button, named by the name. It has no dnd-kit hook of its own:
 * the board's one DragProxy turns a press on it into a drag.
 */
function PersonDragChip({ person }: { readonly person: Person }) {
  return (
    <button type="button" className="person-chip" data-drag-person={person.id} aria-roledescription="draggable" aria-describedby={DRAG_INSTRUCTIONS_ID}>
      <PersonAvatar person={person} />
      <span className="person-chip__name" dir="auto">
        {person.name}
      </span>
    </button>
  );
}

/** The person editor's fields as typed; each field's name in the form is its key here. */
interface PersonDraft {
  readonly name: string;
  readonly role: string;
  readonly newToRole: boolean;
  /** Blank: from the name again (shared/commands). */
  readonly initials: string;
}

/**
 * `kept`: typing closed with the popover (Escape, a click outside) and not saved, brought back from
 * the notice that said so (draftBack.ts), with the caret where it was.
 */
function PersonEditor({ person, kept, close }: { readonly person: Person; readonly kept: KeptDraft<PersonDraft> | undefined; readonly close: () => void }) {
  const dispatch = useBoardStore((s) => s.dispatch);
  // Only the fields typed in here are saved or said to be lost. Changes typed and not saved:
  // closing the window asks first; the popover closed says they were not saved, with a way back.
  const { draft, opened, update, changed, typed, form, settle } = useDraftEditor<PersonDraft>({
    editor: `person:${person.id}`,
    what: `“${isolatedInSentence(person.name)}”`,
    kept,
    fresh: () => ({ name: person.name, role: person.role, newToRole: person.newToRole, initials: person.initials }),
  });
  const { name, role, newToRole, initials } = draft;
  /**
   * Initials made from the name (the name's own, or the longer ones that told namesakes apart)
   * follow a new name as it is typed: the field empties, which is "from the name", as Save makes
   * them. Initials set by hand stay as they are, and a rename keeps them: the field said "XY", and
   * the chip read something else after Save. Typing in the field is the field's own from then on.
   */
  const followsName = useRef<boolean | null>(null);
  followsName.current ??= kept === undefined && madeFromName(person);
  const updateName = (next: string) => {
    if (!followsName.current) {
      update({ name: next });
      return;
    }
    update({ name: next, initials: next.trim() === opened.name ? opened.initials : '' });
  };
  // As the outcome editor refuses (formProblem.ts): the reason under the fields, focus in the field.
  const { problem, problemId, invalid, refuse } = useFormProblem(form);
  const initialsHintId = useId();
  return (
    <form
      ref={form}
      className="action-panel"
      onSubmit={(event) => {
        event.preventDefault();
        if (changed.length === 0) {
          close();
          return;
        }
        const same = namesake(name, person.id);
        if (same) {
          refuse({ field: 'name', message: sameNameMessage(same) });
          return;
        }
        // Only what was typed here: a field changed meanwhile elsewhere keeps that change. A
        // rename keeps initials set by hand, the field shown with them (the commands would make
        // them from the new name).
        const keepInitials = changed.includes('name') && !changed.includes('initials') && !followsName.current;
        const patch = keepInitials ? { ...typed, initials: person.initials } : typed;
        const result = dispatch({ type: 'person/edit', personId: person.id, patch });
        if (!result.ok) {
          refuse({ field: result.error.field, message: result.error.message });
          return;
        }
        settle();
        close();
        notifyInitials(result.effects);
      }}
    >
      <label className="field">
        <span>Name</span>
        <input name="name" dir="auto" value={name} maxLength={LIMITS.nameLength} {...invalid('name')} onChange={(e) => { updateName(e.target.value); }} />
      </label>
      <label className="field">
        <span>Role</span>
        <input name="role" dir="auto" value={role} maxLength={LIMITS.roleLength} {...invalid('role')} onChange={(e) => { update({ role: e.target.value }); }} />
      </label>
      <label className="field">
        <span>Initials</span>
        <input
          name="initials"
          dir="auto"
          value={initials}
          maxLength={MAX_INITIALS_UNITS}
          placeholder={initialsOf(name)}
          autoComplete="off"
          {...invalid('initials')}
          // What blank means, read with the field (and with the reason, when it is refused).
          aria-describedby={problem?.field === 'initials' ? `${problemId} ${initialsHintId}` : initialsHintId}
          onChange={(e) => {
            followsName.current = false;
            update({ initials: e.target.value });
          }}
        />
      </label>
      <p id={initialsHintId} className="panel__hint">
        Up to {MAX_INITIALS} letters on the chip. Left blank, they are made from the name.
      </p>
      <label className="field field--check">
        <input type="checkbox" name="newToRole" checked={newToRole} onChange={(e) => { update({ newToRole: e.target.checked }); }} />
        <span>New to the role</span>
      </label>
      {problem !== null && (
        <p id={problemId} className="form-error" role="alert">
          {problem.message}
        </p>
      )}
      <button type="submit">Save person</button>
      <button
        type="button"
        className="danger-button"
        onClick={() => {
          const result = removeFromMenu(person.id, { type: 'person/remove', personId: person.id });
          if (!result.ok) return;
          // Removed, with an Undo: what was typed for them is not news.
          settle();
          const effect = result.effects.find((e) => e.type === 'person-removed');
          const board = shownBoard();
          notifyUndoable(effect && board ? removedSentence(effect, board) : `Removed ${isolatedInSentence(person.name)}.`);
        }}
      >
        Remove {person.name}
      </button>
    </form>
  );
}

/** Whether `person`'s initials are made from their name: its own, or longer ones that told namesakes apart. */
const madeFromName = (person: Person) => person.initials === initialsOf(person.name) || longerInitialsOf(person.name).includes(person.initials);

/**
 * "Removed Tom Baker. Now without an owner: Onboarding time. No longer assigned to 3 activities."
 * Nothing they held is handed on silently (shared/commands's removePerson), and the notice says
 * all of it, as deleting an outcome says its activities went to the parking lot: the activities
 * they were assigned to are named by count (a screen reader hears it too; Undo brings them back).
 */
function removedSentence(effect: Extract<Effect, { type: 'person-removed' }>, board: Board): string {
  const lost = effect.outcomesLostOwner.map((id) => board.outcomes.find((o) => o.id === id)?.title ?? '').filter(Boolean).map(isolatedInSentence);
  const assigned = effect.activitiesUnassigned.length;
  return [
    `Removed ${isolatedInSentence(effect.person.name)}.`,
    lost.length > 0 ? `Now without an owner: ${lost.join(', ')}.` : '',
    assigned > 0 ? `No longer assigned to ${counted(assigned, 'activity', 'activities')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * Someone else on the board already called `name` (spaces and case aside), or undefined. Two
 * people of one name cannot be told apart: not on their chips, not in "Set owner…" or "Assign",
 * not in the health check's sentences.
 */
function namesake(name: string, except?: PersonId): Person | undefined {
  const { load } = useBoardStore.getState();
  if (load.status !== 'ready') return undefined;
  const wanted = nameKey(name);
  return load.board.people.find((p) => p.id !== except && nameKey(p.name) === wanted);
}

const sameNameMessage = (person: Person) => `${isolatedInSentence(person.name)} is already on this board. Add a surname or an initial, so the room can tell the two apart.`;

/**
 * A pasted list as people at the end of the tray, each with the role its line gives. Names on the
 * board already are left out, and the notice says which.
 */
function peoplePasted(text: string, board: Board): Pasted<PasteBatch> {
  const pasted = pastedPeople(text, board.people);
  if (!pasted?.ok) return pasted;
  const { people, onBoard, repeated, nameless } = pasted.value;
  const intents = people.map((fields): Intent => ({ type: 'person/add', id: crypto.randomUUID() as PersonId, fields }));
  const left = [...leftOutSentences({ onBoard, repeated }), nameless > 0 ? `${counted(nameless, 'line has', 'lines have')} no name.` : ''].filter(Boolean);
  const added = people.length > 0 ? `Added ${counted(people.length, 'person', 'people')}` : 'Nobody added';
  return { ok: true, value: { intents, ...addedSentences(added, people.map((person) => person.name), left.join(' ')) } };
}

function AddPerson() {
  const dispatch = useBoardStore((s) => s.dispatch);
  const [name, setName] = useKeptTyping('add-person:name');
  const [role, setRole] = useKeptTyping('add-person:role');
  // A name or role typed and not added: closing the window asks first.
  useUnsavedTyping(name.trim() !== '' || role.trim() !== '');
  // Why the last Add was refused, under the fields until the name is changed.
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  // Each person added is a card above the fields, which pushes them down.
  const nameInput = useRef<HTMLInputElement>(null);
  const added = useKeptInSight(nameInput);
  const { typedAdded, ...paste } = useListPaste(peoplePasted, () => {
    setProblem(null);
    added();
  });
  const refuse = (message: string) => {
    setProblem(message);
    nameInput.current?.focus();
  };
  // The reason is under the fields, which stand at the foot of the people's column: with a few
  // people it was below the window's edge at 1366 × 768 (a screen reader heard it; the eye saw a
  // field cut off and no reason). The form is brought into sight with it, before it is painted.
  const form = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => {
    if (problem !== null && form.current) scrollIntoViewNearest(form.current);
  }, [problem]);
  return (
    <form
      ref={form}
      className="add-person editing-chrome"
      aria-label="Add a person"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '') {
          // With a role typed it said nothing, and a name typed into the role field (where focus
          // stayed after the last Add) was lost. With nothing typed, "Add person" pressed by a
          // newcomer (who looked for a form behind it) did nothing and said nothing, where "Add
          // outcome" says what to do and puts focus where the title goes: so does this.
          refuse(role.trim() === '' ? 'Type the person’s name first.' : 'Type the person’s name first, then their role.');
          return;
        }
        const same = namesake(name);
        if (same) {
          refuse(sameNameMessage(same));
          return;
        }
        const result = dispatch({ type: 'person/add', id: crypto.randomUUID() as PersonId, fields: { name, role } });
        if (!result.ok) {
          refuse(result.error.message);
          return;
        }
        setName('');
        setRole('');
        setProblem(null);
        typedAdded();
        // Said, as a pasted list is: a screen reader heard only the fields emptied.
        announce(`Added ${[name, role].map((text) => text.trim()).filter(Boolean).map(isolatedInSentence).join(', ')}.`);
        // Initials someone's chip shows already: the chips changed, or still read alike.
        notifyInitials(result.effects);
        // Ready for the next person: focus stayed where Enter was pressed, in the role field, and
        // the next name typed went into it.
        nameInput.current?.focus();
      }}
    >
      <input
        ref={nameInput}
        dir="auto"
        aria-label="New person's name"
        placeholder="Name"
        value={name}
        maxLength={LIMITS.nameLength}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : problemId}
        onChange={(e) => {
          setName(e.target.value);
          // The reason was about the name typed before.
          setProblem(null);
        }}
        {...paste}
      />
      <input dir="auto" aria-label="New person's role" placeholder="Role" value={role} maxLength={LIMITS.roleLength} onChange={(e) => { setRole(e.target.value); }} />
      <button type="submit">Add person</button>
      {problem !== null && (
        <p id={problemId} className="form-error add-person__error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
