import type { ParityEntry } from '../../parity/types';
import { FileUpload, type FileUploadProps } from './FileUpload';

export const parity: ParityEntry = {
  component: 'file-upload',
  render: (options) => <FileUpload {...(options as unknown as FileUploadProps)} />,
};
