-- Who we are talking to, and which database the connection opened.
SELECT VERSION(), @@version_comment, DATABASE()
