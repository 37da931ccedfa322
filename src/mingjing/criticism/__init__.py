"""相互批评意见: read the criticism lists members prepare for each other, review each criticism
(findings K1xx) and the team as a whole (giver × receiver matrix).

read (mingjing.read) → `parse.parse_criticisms` → `review.review_team` → render (text, JSON, HTML).
"""
