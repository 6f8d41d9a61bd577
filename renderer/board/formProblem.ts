/**
 * Why an editing form's last Save was refused, as the board's editors say it (the outcome editor,
 * a person's editor): the reason under the fields, read out at once (role="alert", its id
 * `problemId`), the field it is about marked invalid and described by it (`invalid`), and focus
 * taken there. Focus stayed on Save, under the message, and the field marked invalid was Shift+Tabs
 * away. The message is brought into view below the sticky toolbar, then the field if that took it
 * out of view (drawn at once, flushSync, so that focus reads its description).
 */
import { useId, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { scrollIntoViewNearest } from './inView';

export interface FormProblem {
  /** The form field (by its name) the reason is about, if one. */
  readonly field?: string | undefined;
  readonly message: string;
}

export function useFormProblem<Problem extends FormProblem>(form: RefObject<HTMLFormElement | null>) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const problemId = useId();
  const invalid = (field: string) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': problemId } : {});
  const refuse = (next: Problem) => {
    flushSync(() => {
      setProblem(next);
    });
    const message = document.getElementById(problemId);
    if (message) scrollIntoViewNearest(message);
    const field = next.field === undefined ? null : form.current?.elements.namedItem(next.field);
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
    field.focus({ preventScroll: true });
    scrollIntoViewNearest(field);
  };
  return { problem, problemId, invalid, refuse };
}
