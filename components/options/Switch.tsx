import { useId, type ReactNode } from 'react';

/**
 * An on/off switch: a real button with role="switch" and aria-checked, named by its visible
 * label and described by its help text. Space and Enter toggle it (native button behaviour).
 */
export function Switch({
  label,
  description,
  checked,
  onChange,
  disabled = false,
  children,
}: {
  label: string;
  description?: string;
  checked: boolean;
  onChange: (next: boolean) => void;
  /** Switched off by the organization's policy: shown off, and cannot be turned on here. */
  disabled?: boolean;
  /** Status line under the description (e.g. "On since …"). */
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="switch-row">
      <button
        type="button"
        role="switch"
        id={`${id}-switch`}
        className="switch"
        aria-checked={checked}
        disabled={disabled}
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-description` : undefined}
        onClick={() => onChange(!checked)}
      >
        <span className="switch-knob" aria-hidden="true" />
      </button>
      <div className="switch-text">
        <label id={`${id}-label`} htmlFor={`${id}-switch`} className="switch-label">
          {label}
        </label>
        {description ? (
          <p id={`${id}-description`} className="hint">
            {description}
          </p>
        ) : null}
        {children}
      </div>
    </div>
  );
}
