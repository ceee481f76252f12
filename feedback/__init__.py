"""What readers tell the portal: error reports and "was this helpful" on profiles, and the contact
form, each without an account and without personal data required (docs/feedback.md).
"""
