import { cleanup, fireEvent, render } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileUpload } from './FileUpload';

describe('FileUpload', () => {
  afterEach(cleanup);

  it('ties the label to a file input, with the given accept and multiple', () => {
    const { getByLabelText } = render(
      <FileUpload
        name="photos"
        label={{ text: 'Upload photos of the fly-tipping' }}
        multiple
        attributes={{ accept: '.jpg,.jpeg,.png' }}
      />,
    );
    const input = getByLabelText('Upload photos of the fly-tipping') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.id).toBe('photos');
    expect(input.name).toBe('photos');
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.jpg,.jpeg,.png');
    expect(input.getAttribute('aria-describedby')).toBeNull();
  });

  it('takes one file unless multiple is given', () => {
    const { getByLabelText } = render(<FileUpload name="evidence" label={{ text: 'Evidence' }} />);
    expect((getByLabelText('Evidence') as HTMLInputElement).multiple).toBe(false);
  });

  it('describes the input by the given ids, the hint and the error message, and marks the error', () => {
    const { getByLabelText, container } = render(
      <FileUpload
        id="evidence"
        name="evidence-file"
        label={{ text: 'Upload your evidence' }}
        describedBy="evidence-rules"
        hint={{ text: 'A PDF or photo, smaller than 10MB' }}
        errorMessage={{ text: 'The selected file must be smaller than 10MB' }}
      />,
    );
    const input = getByLabelText('Upload your evidence');
    expect(input.getAttribute('aria-describedby')).toBe('evidence-rules evidence-hint evidence-error');
    expect(container.querySelector('#evidence-hint')?.textContent).toBe('A PDF or photo, smaller than 10MB');
    expect(container.querySelector('#evidence-error')?.textContent).toContain(
      'The selected file must be smaller than 10MB',
    );
    expect(input.className).toBe('govuk-file-upload govuk-file-upload--error');
    expect(container.firstElementChild?.className).toBe('govuk-form-group govuk-form-group--error');
  });

  it('shows no error for errorMessage={false}', () => {
    const { getByLabelText, container } = render(
      <FileUpload name="evidence" label={{ text: 'Evidence' }} errorMessage={false} />,
    );
    expect(getByLabelText('Evidence').className).toBe('govuk-file-upload');
    expect(container.innerHTML).not.toContain('error');
  });

  it('leaves the input plain, with no drop zone, and ignores the drop zone words without javascript', () => {
    const { container } = render(
      <FileUpload name="evidence" label={{ text: 'Evidence' }} chooseFilesButtonText="Dewiswch ffeil" />,
    );
    expect(container.querySelector('[data-module]')).toBeNull();
    expect(container.innerHTML).not.toContain('data-i18n');
  });

  it('wraps the input in the drop zone govuk-frontend’s JavaScript enhances, with javascript', () => {
    const { getByLabelText } = render(
      <FileUpload
        name="evidence"
        label={{ text: 'Evidence' }}
        javascript
        wrapperClasses="app-drop-zone"
        wrapperAttributes={{ 'data-module': 'mine', 'data-test': 'zone' }}
        classes="app-input"
      />,
    );
    const input = getByLabelText('Evidence');
    const wrapper = input.parentElement;
    expect(wrapper?.className).toBe('govuk-file-upload-wrapper app-drop-zone');
    // The module that starts the enhancement is never replaced by the caller's attributes.
    expect(wrapper?.getAttribute('data-module')).toBe('govuk-file-upload');
    expect(wrapper?.getAttribute('data-test')).toBe('zone');
    expect(input.className).toBe('govuk-file-upload app-input');
    expect(wrapper?.getAttributeNames().some((name) => name.startsWith('data-i18n'))).toBe(false);
  });

  it('gives the drop zone its Welsh words, with each plural form of the files chosen', () => {
    const { getByLabelText } = render(
      <FileUpload
        name="evidence"
        label={{ text: 'Lanlwythwch ffeil' }}
        multiple
        javascript
        chooseFilesButtonText="Dewiswch ffeil"
        dropInstructionText="neu ollwng ffeil"
        noFileChosenText="Dim ffeil wedi’i dewis"
        multipleFilesChosenText={{ one: '%{count} ffeil wedi’i dewis', other: '%{count} ffeil wedi’u dewis' }}
        enteredDropZoneText="Wedi mynd i mewn i’r parth gollwng"
        leftDropZoneText="Wedi gadael y parth gollwng"
      />,
    );
    const wrapper = getByLabelText('Lanlwythwch ffeil').parentElement;
    expect(wrapper?.dataset).toMatchObject({
      'i18n.chooseFilesButton': 'Dewiswch ffeil',
      'i18n.dropInstruction': 'neu ollwng ffeil',
      'i18n.noFileChosen': 'Dim ffeil wedi’i dewis',
      'i18n.multipleFilesChosen.one': '%{count} ffeil wedi’i dewis',
      'i18n.multipleFilesChosen.other': '%{count} ffeil wedi’u dewis',
      'i18n.enteredDropZone': 'Wedi mynd i mewn i’r parth gollwng',
      'i18n.leftDropZone': 'Wedi gadael y parth gollwng',
    });
  });

  it('hands react-hook-form the element and its events, and can be disabled', () => {
    const inputRef = createRef<HTMLInputElement>();
    const onChange = vi.fn();
    const onBlur = vi.fn();
    const { getByLabelText, rerender } = render(
      <FileUpload
        name="evidence"
        label={{ text: 'Evidence' }}
        inputRef={inputRef}
        onChange={onChange}
        onBlur={onBlur}
      />,
    );
    const input = getByLabelText('Evidence') as HTMLInputElement;
    expect(inputRef.current).toBe(input);
    fireEvent.change(input, { target: { files: [new File(['x'], 'bin.jpg', { type: 'image/jpeg' })] } });
    fireEvent.blur(input);
    expect(onChange).toHaveBeenCalledOnce();
    expect(onBlur).toHaveBeenCalledOnce();
    rerender(<FileUpload name="evidence" label={{ text: 'Evidence' }} disabled />);
    expect((getByLabelText('Evidence') as HTMLInputElement).disabled).toBe(true);
  });

  it('puts content before and after the input, outside the drop zone', () => {
    const { container } = render(
      <FileUpload
        name="evidence"
        label={{ text: 'Evidence' }}
        javascript
        formGroup={{ beforeInput: { text: 'Before' }, afterInput: { children: <p>After</p> } }}
      />,
    );
    const wrapper = container.querySelector('.govuk-file-upload-wrapper');
    expect(wrapper?.previousSibling?.textContent).toBe('Before');
    expect(wrapper?.nextElementSibling?.outerHTML).toBe('<p>After</p>');
  });
});
